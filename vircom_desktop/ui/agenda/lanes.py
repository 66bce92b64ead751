"""Side-by-side lanes for visits that overlap in one column of the time grid."""

from __future__ import annotations

from datetime import datetime

from vircom_desktop.desk.agenda import Visit


def clusters(visits: list[Visit]) -> list[list[Visit]]:
    """Groups of visits (sorted by start) that overlap each other, transitively."""
    found: list[list[Visit]] = []
    cluster_end: datetime | None = None
    for visit in visits:
        if cluster_end is None or visit.starts_at >= cluster_end:
            found.append([visit])
            cluster_end = visit.ends_at
        else:
            found[-1].append(visit)
            cluster_end = max(cluster_end, visit.ends_at)
    return found


def assign_lanes(cluster: list[Visit]) -> dict[int, int]:
    """The lane of each visit of a cluster (by visit id): the first one free when it starts."""
    lanes: dict[int, int] = {}
    lane_ends: list[datetime] = []
    for visit in cluster:
        for lane, end in enumerate(lane_ends):
            if end <= visit.starts_at:
                lanes[visit.id] = lane
                lane_ends[lane] = visit.ends_at
                break
        else:
            lanes[visit.id] = len(lane_ends)
            lane_ends.append(visit.ends_at)
    return lanes
