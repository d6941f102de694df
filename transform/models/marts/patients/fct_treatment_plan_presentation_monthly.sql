with

treatment_plans as (
    select * from {{ ref('stg_opendental__treatment_plans') }}
),

treatment_plan_procedures as (
    select * from {{ ref('stg_opendental__treatment_plan_procedures') }}
),

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
),

appointments as (
    select * from {{ ref('stg_opendental__appointments') }}
),

claim_procedures as (
    select * from {{ ref('stg_opendental__claim_procedures') }}
),

adjustments as (
    select * from {{ ref('stg_opendental__adjustments') }}
),

users as (
    select * from {{ ref('stg_opendental__users') }}
),

saved_plans as (
    select
        practice_id,
        treatment_plan_id,
        presenter_user_id,
        treatment_plan_date,
        date_trunc('month', treatment_plan_date)::date as month_start_date
    from treatment_plans
    where treatment_plan_status = 'Saved'
        and treatment_plan_date <= {{ as_of_date() }}
        and not is_deleted
),

-- The report run for one month: each procedure once, credited to the first plan of the month
-- that presented it (earliest plan date, then lowest key).
first_presentations as (
    select distinct on (
        saved_plans.practice_id, saved_plans.month_start_date, treatment_plan_procedures.procedure_id
    )
        saved_plans.practice_id,
        saved_plans.month_start_date,
        treatment_plan_procedures.procedure_id,
        saved_plans.treatment_plan_id,
        saved_plans.presenter_user_id
    from treatment_plan_procedures
    inner join saved_plans
        on treatment_plan_procedures.practice_id = saved_plans.practice_id
        and treatment_plan_procedures.treatment_plan_id = saved_plans.treatment_plan_id
    where treatment_plan_procedures.procedure_id is not null
        and not treatment_plan_procedures.is_deleted
    order by
        saved_plans.practice_id,
        saved_plans.month_start_date,
        treatment_plan_procedures.procedure_id,
        saved_plans.treatment_plan_date,
        saved_plans.treatment_plan_id
),

claim_writeoffs as (
    select
        practice_id,
        procedure_id,
        coalesce(sum(writeoff_amount) filter (where claim_procedure_status = 'CapComplete'), 0)
            as capitation_writeoffs,
        coalesce(sum(writeoff_amount) filter (
            where claim_procedure_status in ('NotReceived', 'Received', 'Supplemental')
        ), 0) as writeoffs,
        -- An estimate's write-off: its override, else its estimate; -1 means none.
        coalesce(sum(
            case
                when writeoff_estimate_override <> -1 then writeoff_estimate_override
                when writeoff_estimate <> -1 then writeoff_estimate
                else 0
            end
        ) filter (where claim_procedure_status = 'Estimate'), 0) as estimated_writeoffs
    from claim_procedures
    where not is_deleted
    group by 1, 2
),

procedure_adjustments as (
    select
        practice_id,
        procedure_id,
        sum(adjustment_amount) as adjustments
    from adjustments
    where procedure_id is not null
        and not is_deleted
    group by 1, 2
),

entries as (
    select
        first_presentations.practice_id,
        first_presentations.month_start_date,
        first_presentations.treatment_plan_id,
        coalesce(nullif(users.user_name, ''), 'None') as presenter,
        procedures.procedure_status = 'Complete' as is_completed,
        procedures.procedure_status = 'TreatmentPlanned'
        and coalesce(appointments.appointment_status = 'Scheduled', false) as is_scheduled,
        -- OpenDental's fee total counts at least one unit.
        procedures.procedure_fee * greatest(1, procedures.unit_quantity + procedures.base_units)
        - coalesce(claim_writeoffs.capitation_writeoffs, 0) as gross_production,
        -- OpenDental counts capitation write-offs in both gross and write-offs here.
        coalesce(claim_writeoffs.capitation_writeoffs, 0)
        + case
            when procedures.procedure_status = 'Complete'
                then coalesce(claim_writeoffs.writeoffs, 0)
            else coalesce(claim_writeoffs.estimated_writeoffs, 0)
        end as writeoffs,
        coalesce(procedure_adjustments.adjustments, 0) as adjustments
    from first_presentations
    inner join procedures
        on first_presentations.practice_id = procedures.practice_id
        and first_presentations.procedure_id = procedures.procedure_id
        and procedures.procedure_status in ('Complete', 'TreatmentPlanned')
        and not procedures.is_deleted
    left join appointments
        on procedures.practice_id = appointments.practice_id
        and procedures.appointment_id = appointments.appointment_id
        and not appointments.is_deleted
    left join users
        on first_presentations.practice_id = users.practice_id
        and first_presentations.presenter_user_id = users.user_id
        and not users.is_deleted
    left join claim_writeoffs
        on procedures.practice_id = claim_writeoffs.practice_id
        and procedures.procedure_id = claim_writeoffs.procedure_id
    left join procedure_adjustments
        on procedures.practice_id = procedure_adjustments.practice_id
        and procedures.procedure_id = procedure_adjustments.procedure_id
),

final as (
    select
        practice_id,
        month_start_date,
        presenter,
        count(distinct treatment_plan_id) as treatment_plans,
        count(*) as procedures,
        count(*) filter (where is_scheduled) as procedures_scheduled,
        count(*) filter (where is_completed) as procedures_completed,
        sum(gross_production) as gross_planned_amount,
        coalesce(sum(gross_production) filter (where is_scheduled), 0) as gross_scheduled_amount,
        coalesce(sum(gross_production) filter (where is_completed), 0) as gross_completed_amount,
        sum(gross_production - writeoffs + adjustments) as net_planned_amount,
        coalesce(sum(gross_production - writeoffs + adjustments) filter (where is_scheduled), 0)
            as net_scheduled_amount,
        coalesce(sum(gross_production - writeoffs + adjustments) filter (where is_completed), 0)
            as net_completed_amount
    from entries
    group by 1, 2, 3
)

select * from final
