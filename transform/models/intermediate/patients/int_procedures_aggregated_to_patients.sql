with

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
),

procedure_codes as (
    select * from {{ ref('stg_opendental__procedure_codes') }}
),

completed_procedures as (
    select
        procedures.*,
        -- OpenDental's first visit never counts a missed or cancelled appointment charge.
        coalesce(procedure_codes.procedure_code in ('D9986', 'D9987'), false)
            as is_broken_appointment_charge
    from procedures
    left join procedure_codes
        on procedures.practice_id = procedure_codes.practice_id
        and procedures.procedure_code_id = procedure_codes.procedure_code_id
    where procedures.procedure_status = 'Complete'
        and not procedures.is_deleted
        and procedures.patient_id is not null
),

final as (
    select
        practice_id,
        patient_id,
        min(procedure_date) filter (where not is_broken_appointment_charge) as first_visit_date,
        max(procedure_date) as last_visit_date,
        count(distinct procedure_date) as visit_count,
        count(*) as completed_procedure_count,
        sum(round(procedure_fee * (unit_quantity + base_units), 2)) as gross_production
    from completed_procedures
    group by practice_id, patient_id
)

select * from final
