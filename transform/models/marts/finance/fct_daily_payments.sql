with

payments as (
    select * from {{ ref('stg_opendental__payments') }}
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

claim_payments as (
    select * from {{ ref('stg_opendental__claim_payments') }}
    where not is_deleted
),

insurance_plans as (
    select * from {{ ref('stg_opendental__insurance_plans') }}
    where not is_deleted
),

carriers as (
    select * from {{ ref('stg_opendental__carriers') }}
    where not is_deleted
),

definitions as (
    select * from {{ ref('stg_opendental__definitions') }}
    where not is_deleted
),

-- Unearned types with a value are hidden (treatment plan prepayments): not on the report
-- unless the office's preference shows them (off by default).
hidden_unearned_types as (
    select
        practice_id,
        definition_id
    from definitions
    where category_code = 29
        and coalesce(item_value, '') <> ''
),

-- Patient payments: a line per payment, provider and clinic of its splits, dated by the
-- payment; unearned splits included (the report's default).
patient_payments as (
    select
        payments.practice_id,
        'Patient' as payment_source,
        payments.payment_id,
        payments.payment_date,
        payment_splits.provider_id,
        payment_splits.clinic_id,
        payment_types.item_name as payment_type,
        null::text as carrier_name,
        payments.check_number,
        sum(payment_splits.split_amount) as amount
    from payments
    inner join payment_splits
        on payments.practice_id = payment_splits.practice_id
        and payments.payment_id = payment_splits.payment_id
    left join hidden_unearned_types
        on payment_splits.practice_id = hidden_unearned_types.practice_id
        and payment_splits.unearned_type_id = hidden_unearned_types.definition_id
    left join definitions as payment_types
        on payments.practice_id = payment_types.practice_id
        and payments.payment_type_id = payment_types.definition_id
    where hidden_unearned_types.definition_id is null
        and payments.payment_date <= {{ as_of_date() }}
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
),

-- Insurance payments: received and supplemental claim procedures on a check dated in the
-- range, a line per check, date of the payment entry, provider and clinic.
insurance_payments as (
    select
        claim_procedures.practice_id,
        'Insurance' as payment_source,
        claim_payments.claim_payment_id as payment_id,
        claim_procedures.payment_date,
        claim_procedures.provider_id,
        claim_procedures.clinic_id,
        payment_types.item_name as payment_type,
        carriers.carrier_name,
        claim_payments.check_number,
        sum(claim_procedures.insurance_paid_amount) as amount
    from claim_procedures
    inner join claim_payments
        on claim_procedures.practice_id = claim_payments.practice_id
        and claim_procedures.claim_payment_id = claim_payments.claim_payment_id
    left join insurance_plans
        on claim_procedures.practice_id = insurance_plans.practice_id
        and claim_procedures.insurance_plan_id = insurance_plans.insurance_plan_id
    left join carriers
        on insurance_plans.practice_id = carriers.practice_id
        and insurance_plans.carrier_id = carriers.carrier_id
    left join definitions as payment_types
        on claim_payments.practice_id = payment_types.practice_id
        and claim_payments.payment_type_id = payment_types.definition_id
    where claim_procedures.claim_procedure_status in ('Received', 'Supplemental')
        and claim_payments.check_date <= {{ as_of_date() }}
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9
),

final as (
    select * from patient_payments
    union all
    select * from insurance_payments
)

select * from final
