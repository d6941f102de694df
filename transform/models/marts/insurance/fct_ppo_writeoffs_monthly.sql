with

claim_procedures as (
    select * from {{ ref('stg_opendental__claim_procedures') }}
),

insurance_plans as (
    select * from {{ ref('stg_opendental__insurance_plans') }}
),

carriers as (
    select * from {{ ref('stg_opendental__carriers') }}
),

-- Received and supplemental lines of PPO plans, dated by the insurance payment.
ppo_lines as (
    select
        claim_procedures.practice_id,
        carriers.carrier_id,
        carriers.carrier_name,
        date_trunc('month', claim_procedures.payment_date)::date as month_start_date,
        claim_procedures.fee_billed,
        claim_procedures.writeoff_amount
    from claim_procedures
    inner join insurance_plans
        on claim_procedures.practice_id = insurance_plans.practice_id
        and claim_procedures.insurance_plan_id = insurance_plans.insurance_plan_id
        and insurance_plans.plan_type = 'PPO'
        and not insurance_plans.is_deleted
    inner join carriers
        on insurance_plans.practice_id = carriers.practice_id
        and insurance_plans.carrier_id = carriers.carrier_id
        and not carriers.is_deleted
    where claim_procedures.claim_procedure_status in ('Received', 'Supplemental')
        and claim_procedures.payment_date is not null
        and not claim_procedures.is_deleted
),

final as (
    select
        practice_id,
        carrier_id,
        month_start_date,
        max(carrier_name) as carrier_name,
        sum(fee_billed) as fee_billed,
        sum(writeoff_amount) as writeoffs,
        sum(fee_billed) - sum(writeoff_amount) as ppo_fee
    from ppo_lines
    group by 1, 2, 3
)

select * from final
