with

appointments as (
    select * from {{ ref('int_appointments_classified') }}
),

monthly as (
    select
        practice_id,
        scheduled_provider_id as provider_id,
        operatory_id,
        scheduled_month_start_date as month_start_date,
        count(*) as booked_appointments,
        count(*) filter (where is_completed) as completed_appointments,
        count(*) filter (where is_broken) as broken_appointments,
        count(*) filter (where is_no_show) as no_show_appointments
    from appointments
    where is_booked
        and is_past
    group by 1, 2, 3, 4
),

final as (
    select
        *,
        round(completed_appointments::numeric / booked_appointments, 4) as completion_rate,
        round(broken_appointments::numeric / booked_appointments, 4) as broken_rate,
        round(no_show_appointments::numeric / booked_appointments, 4) as no_show_rate
    from monthly
)

select * from final
