with

appointments as (
    select * from {{ ref('int_appointments_classified') }}
),

final as (
    select
        practice_id,
        appointment_id,
        patient_id,
        provider_id,
        hygienist_id,
        scheduled_provider_id,
        operatory_id,
        clinic_id,
        appointment_status,
        scheduled_at,
        scheduled_date,
        is_new_patient,
        is_hygiene,
        is_booked,
        is_completed,
        is_broken,
        is_no_show
    from appointments
)

select * from final
