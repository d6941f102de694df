with

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
),

procedure_codes as (
    select * from {{ ref('stg_opendental__procedure_codes') }}
),

-- treatment presented at an earlier visit: still planned, set inactive, or completed since;
-- work done on the day it was diagnosed was never up for acceptance, and diagnostic and
-- preventive codes (D0xxx, D1xxx: exams, x-rays, cleanings) are recall care, not treatment
planned_procedures as (
    select
        procedures.practice_id,
        procedures.provider_id,
        date_trunc('month', procedures.treatment_planned_date)::date as month_start_date,
        procedures.procedure_status = 'Complete' as is_completed,
        procedures.procedure_status = 'TreatmentPlanned'
            and procedures.appointment_id is not null as is_scheduled,
        round(procedures.procedure_fee * (procedures.unit_quantity + procedures.base_units), 2)
            as fee_amount
    from procedures
    inner join procedure_codes
        on procedures.practice_id = procedure_codes.practice_id
        and procedures.procedure_code_id = procedure_codes.procedure_code_id
    where not procedures.is_deleted
        and procedures.treatment_planned_date is not null
        and (
            procedures.procedure_status in ('TreatmentPlanned', 'TreatmentPlannedInactive')
            or (
                procedures.procedure_status = 'Complete'
                and procedures.treatment_planned_date < procedures.procedure_date
            )
        )
        and procedure_codes.procedure_code !~ '^D[01]'
),

monthly as (
    select
        practice_id,
        provider_id,
        month_start_date,
        count(*) as planned_procedures,
        sum(fee_amount) as planned_amount,
        count(*) filter (where is_completed) as completed_procedures,
        coalesce(sum(fee_amount) filter (where is_completed), 0) as completed_amount,
        count(*) filter (where is_scheduled) as scheduled_procedures,
        coalesce(sum(fee_amount) filter (where is_scheduled), 0) as scheduled_amount
    from planned_procedures
    group by 1, 2, 3
),

final as (
    select
        *,
        round((completed_amount + scheduled_amount) / nullif(planned_amount, 0), 4)
            as acceptance_rate,
        round(completed_amount / nullif(planned_amount, 0), 4) as completion_rate
    from monthly
)

select * from final
