"""The data of the compare page: attendance per meeting and per party, substitutions
across party lines, items per month (current documents only)."""

from __future__ import annotations

import sqlite3

from pipeline.publish.pages.rows import dicts

MEETINGS_SHOWN = 40  # the latest meetings drawn; older ones are in meeting_overview

_CURRENT = "join documents d on d.id = m.document_id where d.status = 'current'"


def compare_page(conn: sqlite3.Connection) -> dict:
    return {
        "per_meeting": dicts(
            conn,
            # the latest meetings first, then their attendees (not every attendee counted)
            "with latest as (select m.id, m.date, m.body, m.organisation from meetings m "
            f"{_CURRENT} order by m.date desc, m.id desc limit ?) "
            "select m.id, m.date, m.body, m.organisation, "
            "sum(a.\"group\" = 'decision_maker') as decision_makers, "
            "sum(a.\"group\" = 'substitute_not_serving') as substitutes, "
            "sum(a.\"group\" = 'other_present') as others, "
            "sum(a.\"group\" = 'absent') as absent "
            "from latest m left join attendees a on a.meeting_id = m.id "
            "group by m.id order by m.date desc, m.id desc",
            [MEETINGS_SHOWN],
        ),
        "per_party": dicts(
            conn,
            # a replaced member may be listed as absent too: one seat a person a meeting
            "with seats as ("
            "  select coalesce(a.person_id, a.name) as who, a.party, a.meeting_id, "
            "    a.\"group\" = 'decision_maker' as attended "
            "  from attendees a where a.\"group\" in ('decision_maker', 'absent') "
            "  union select coalesce(s.replaced_person_id, s.replaced), s.replaced_party, "
            "    s.meeting_id, 0 from substitutions s) "
            "select coalesce(x.party, '') as party, sum(x.attended) as attended, "
            "sum(not x.attended) as absent from seats x "
            f"join meetings m on m.id = x.meeting_id {_CURRENT} "
            "group by coalesce(x.party, '') order by attended desc, party",
        ),
        "cross_party": dicts(
            conn,
            "select x.substitute_party, x.replaced_party, count(*) as substitutions "
            f"from substitutions x join meetings m on m.id = x.meeting_id {_CURRENT} "
            "and x.substitute_party is not null and x.replaced_party is not null "
            "group by x.substitute_party, x.replaced_party "
            "order by x.substitute_party = x.replaced_party, substitutions desc, 1, 2",
        ),
        "per_month": dicts(
            conn,
            "select substr(m.date, 1, 7) as month, count(i.id) as items, "
            "count(distinct m.id) as meetings "
            f"from meetings m left join agenda_items i on i.meeting_id = m.id {_CURRENT} "
            "and m.date is not null group by month order by month",
        ),
    }
