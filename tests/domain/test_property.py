"""Whatever sequence of bookings and moves is attempted, a technician never has two visits at once."""

from __future__ import annotations

import itertools
from datetime import date, time, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vircom_desktop.domain import booking, clock
from vircom_desktop.domain.models import HOLDING_STATUSES, Appointment, Service

from .conftest import Shop

DAY = date(2025, 6, 11)  # the Wednesday after the shop's Monday

attempts = st.lists(
    st.tuples(
        st.sampled_from(["create", "propose", "reschedule", "cancel"]),
        st.integers(min_value=0, max_value=1),  # technician index
        st.integers(min_value=0, max_value=1),  # service index
        st.integers(min_value=8 * 4, max_value=19 * 4),  # quarter hours from midnight
    ),
    min_size=1,
    max_size=25,
)


def assert_no_overlaps() -> None:
    rows = list(
        Appointment.select(Appointment, Service)
        .join(Service)
        .where(Appointment.status.in_(HOLDING_STATUSES))
        .order_by(Appointment.technician, Appointment.starts_at)
    )
    for first, second in itertools.pairwise(rows):
        if first.technician_id != second.technician_id:
            continue
        buffer = timedelta(minutes=first.service.travel_buffer_minutes)
        assert first.ends_at + buffer <= second.starts_at, (first.id, second.id)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=attempts)
def test_random_bookings_never_overlap(shop: Shop, steps: list[tuple[str, int, int, int]]) -> None:
    Appointment.delete().execute()
    technicians = [shop.ana, shop.beto]
    services = [shop.diagnosis, shop.air]  # Beto cannot do air: some steps are refused
    for action, tech_index, service_index, quarter in steps:
        start = clock.local_datetime(DAY, time(0)) + timedelta(minutes=15 * quarter)
        request = booking.VisitRequest(
            shop.customer,
            services[service_index],
            start,
            "Calle 1",
            "x",
            technician_id=technicians[tech_index],
        )
        existing = Appointment.select().order_by(Appointment.id.desc()).first()
        try:
            if action == "create":
                booking.create(request, actor="p")
            elif action == "propose":
                booking.propose(request)
            elif action == "reschedule" and existing:
                booking.reschedule(
                    existing.id, start, actor="p", technician_id=technicians[tech_index]
                )
            elif action == "cancel" and existing:
                booking.cancel(existing.id, actor="p")
        except booking.BookingError:
            pass
        assert_no_overlaps()
