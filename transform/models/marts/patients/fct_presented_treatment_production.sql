with

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
),

procedure_codes as (
    select * from {{ ref('stg_opendental__procedure_codes') }}
),

treatment_plans as (
    select * from {{ ref('stg_opendental__treatment_plans') }}
),

treatment_plan_procedures as (
    select * from {{ ref('stg_opendental__treatment_plan_procedures') }}
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

completed as (
    select
        practice_id,
        procedure_id,
        procedure_code_id,
        procedure_date,
        -- OpenDental's fee total counts at least one unit.
        procedure_fee * greatest(1, unit_quantity + base_units) as procedure_fee_total
    from procedures
    where procedure_status = 'Complete'
        and procedure_date <= {{ as_of_date() }}
        and not is_deleted
),

-- The first saved plan that presented the procedure: the earliest plan date, then the plan
-- read first (lowest key) among plans of the same date.
first_presentations as (
    select distinct on (treatment_plan_procedures.practice_id, treatment_plan_procedures.procedure_id)
        treatment_plan_procedures.practice_id,
        treatment_plan_procedures.procedure_id,
        treatment_plans.treatment_plan_date as presented_date,
        treatment_plans.presenter_user_id
    from treatment_plan_procedures
    inner join treatment_plans
        on treatment_plan_procedures.practice_id = treatment_plans.practice_id
        and treatment_plan_procedures.treatment_plan_id = treatment_plans.treatment_plan_id
        and not treatment_plans.is_deleted
    where not treatment_plan_procedures.is_deleted
    order by
        treatment_plan_procedures.practice_id,
        treatment_plan_procedures.procedure_id,
        treatment_plans.treatment_plan_date,
        treatment_plans.treatment_plan_id
),

claim_writeoffs as (
    select
        practice_id,
        procedure_id,
        sum(writeoff_amount) filter (where claim_procedure_status = 'CapComplete')
            as capitation_writeoffs,
        sum(writeoff_amount) filter (
            where claim_procedure_status in ('NotReceived', 'Received', 'Supplemental')
        ) as writeoffs
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

final as (
    select
        completed.practice_id,
        completed.procedure_id,
        users.user_id as presenter_user_id,
        users.user_name as presenter,
        first_presentations.presented_date,
        completed.procedure_date as completed_date,
        procedure_codes.description,
        completed.procedure_fee_total - coalesce(claim_writeoffs.capitation_writeoffs, 0)
            as gross_production,
        coalesce(claim_writeoffs.writeoffs, 0) as writeoffs,
        coalesce(procedure_adjustments.adjustments, 0) as adjustments,
        completed.procedure_fee_total
        - coalesce(claim_writeoffs.capitation_writeoffs, 0)
        - coalesce(claim_writeoffs.writeoffs, 0)
        + coalesce(procedure_adjustments.adjustments, 0) as net_production
    from completed
    inner join first_presentations
        on completed.practice_id = first_presentations.practice_id
        and completed.procedure_id = first_presentations.procedure_id
    -- A presenter who is not a user is not among the users the report is run for.
    inner join users
        on first_presentations.practice_id = users.practice_id
        and first_presentations.presenter_user_id = users.user_id
    inner join procedure_codes
        on completed.practice_id = procedure_codes.practice_id
        and completed.procedure_code_id = procedure_codes.procedure_code_id
    left join claim_writeoffs
        on completed.practice_id = claim_writeoffs.practice_id
        and completed.procedure_id = claim_writeoffs.procedure_id
    left join procedure_adjustments
        on completed.practice_id = procedure_adjustments.practice_id
        and completed.procedure_id = procedure_adjustments.procedure_id
)

select * from final
