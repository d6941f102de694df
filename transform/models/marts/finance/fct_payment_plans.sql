{%- set as_of = as_of_date() -%}

with

payment_plans as (
    select * from {{ ref('stg_opendental__payment_plans') }}
    where not is_deleted
),

payment_plan_charges as (
    select * from {{ ref('stg_opendental__payment_plan_charges') }}
    where not is_deleted
),

payment_splits as (
    select * from {{ ref('stg_opendental__payment_splits') }}
    where not is_deleted
),

claim_procedures as (
    select * from {{ ref('stg_opendental__claim_procedures') }}
    where not is_deleted
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
    where not is_deleted
),

definitions as (
    select * from {{ ref('stg_opendental__definitions') }}
    where not is_deleted
),

-- Prepayment types with a value are hidden: their splits pay nothing yet.
hidden_unearned_types as (
    select
        practice_id,
        definition_id
    from definitions
    where category_code = 29
        and coalesce(item_value, '') <> ''
),

-- The plans as of the date: made by then, their patient still on file; dynamic plans take
-- their principal from linked procedures instead of charges and are not reproduced.
plans as (
    select
        payment_plans.*,
        coalesce(guarantors.patient_id, payment_plans.patient_id) as report_guarantor_id
    from payment_plans
    inner join patients
        on payment_plans.practice_id = patients.practice_id
        and payment_plans.patient_id = patients.patient_id
    left join patients as guarantors
        on payment_plans.practice_id = guarantors.practice_id
        and payment_plans.guarantor_id = guarantors.patient_id
    where not payment_plans.is_dynamic
        and coalesce(payment_plans.payment_plan_date, date '0001-01-01') <= {{ as_of }}
),

-- The debits are what the plan schedules; its principal counts them all, the amount due to
-- date only those due by the as-of date.
charge_sums as (
    select
        practice_id,
        payment_plan_id,
        sum(principal_amount) filter (where charge_type = 'Debit') as principal,
        sum(principal_amount + interest_amount) filter (
            where charge_type = 'Debit'
            and coalesce(charge_date, date '0001-01-01') <= {{ as_of }}
        ) as amount_due_to_date,
        sum(interest_amount) filter (
            where charge_type = 'Debit'
            and coalesce(charge_date, date '0001-01-01') <= {{ as_of }}
        ) as accumulated_interest
    from payment_plan_charges
    group by 1, 2
),

-- The report names the provider and clinic of the plan's charges; they share one.
first_charges as (
    select distinct on (practice_id, payment_plan_id)
        practice_id,
        payment_plan_id,
        provider_id,
        clinic_id
    from payment_plan_charges
    order by practice_id, payment_plan_id, payment_plan_charge_id
),

patient_payments as (
    select
        payment_splits.practice_id,
        payment_splits.payment_plan_id,
        sum(payment_splits.split_amount) as paid
    from payment_splits
    left join hidden_unearned_types
        on payment_splits.practice_id = hidden_unearned_types.practice_id
        and payment_splits.unearned_type_id = hidden_unearned_types.definition_id
    where payment_splits.payment_plan_id is not null
        and hidden_unearned_types.definition_id is null
        and coalesce(payment_splits.payment_date, date '0001-01-01') <= {{ as_of }}
    group by 1, 2
),

insurance_payments as (
    select
        practice_id,
        payment_plan_id,
        sum(insurance_paid_amount) as paid
    from claim_procedures
    where payment_plan_id is not null
        and claim_procedure_status in ('Received', 'Supplemental', 'CapClaim')
        and coalesce(payment_date, date '0001-01-01') <= {{ as_of }}
    group by 1, 2
),

figures as (
    select
        plans.practice_id,
        plans.payment_plan_id,
        plans.patient_id,
        plans.report_guarantor_id as guarantor_id,
        plans.insurance_plan_id,
        first_charges.provider_id,
        first_charges.clinic_id,
        plans.payment_plan_date,
        plans.insurance_plan_id is not null as is_insurance_plan,
        plans.is_closed,
        coalesce(charge_sums.principal, 0) as principal,
        coalesce(charge_sums.accumulated_interest, 0) as accumulated_interest,
        coalesce(charge_sums.amount_due_to_date, 0) as amount_due_to_date,
        -- An insurance plan is paid by the insurance payments attached to it, a patient's
        -- by the payment splits attached to it.
        case
            when plans.insurance_plan_id is not null then coalesce(insurance_payments.paid, 0)
            else coalesce(patient_payments.paid, 0)
        end as paid
    from plans
    left join charge_sums
        on plans.practice_id = charge_sums.practice_id
        and plans.payment_plan_id = charge_sums.payment_plan_id
    left join first_charges
        on plans.practice_id = first_charges.practice_id
        and plans.payment_plan_id = first_charges.payment_plan_id
    left join patient_payments
        on plans.practice_id = patient_payments.practice_id
        and plans.payment_plan_id = patient_payments.payment_plan_id
    left join insurance_payments
        on plans.practice_id = insurance_payments.practice_id
        and plans.payment_plan_id = insurance_payments.payment_plan_id
),

final as (
    select
        practice_id,
        payment_plan_id,
        patient_id,
        guarantor_id,
        insurance_plan_id,
        provider_id,
        clinic_id,
        payment_plan_date,
        {{ as_of }} as as_of_date,
        is_insurance_plan,
        is_closed,
        principal,
        accumulated_interest,
        amount_due_to_date,
        paid,
        principal + accumulated_interest - paid as balance,
        amount_due_to_date - paid as due_now
    from figures
)

select * from final
