with

appointments as (
    select * from {{ ref('stg_opendental__appointments') }}
),

final as (
    select
        practice_id,
        appointment_id,
        patient_id,
        provider_id,
        hygienist_id,
        -- a hygiene appointment sits in the hygienist's column of the schedule
        case when is_hygiene then coalesce(hygienist_id, provider_id) else provider_id end
            as scheduled_provider_id,
        operatory_id,
        clinic_id,
        appointment_status,
        scheduled_at,
        scheduled_date,
        date_trunc('month', scheduled_date)::date as scheduled_month_start_date,
        is_new_patient,
        is_hygiene,
        -- appointments that held a time on the book, as opposed to planned or unscheduled ones
        appointment_status in ('Scheduled', 'ASAP', 'Complete', 'Broken') as is_booked,
        appointment_status = 'Complete' as is_completed,
        appointment_status = 'Broken' as is_broken,
        -- a no-show is broken in OpenDental, or left "scheduled" after its day went by
        appointment_status = 'Broken'
            or (appointment_status in ('Scheduled', 'ASAP') and scheduled_date < {{ as_of_date() }})
            as is_no_show,
        scheduled_date < {{ as_of_date() }} as is_past
    from appointments
    where not is_deleted
)

select * from final
