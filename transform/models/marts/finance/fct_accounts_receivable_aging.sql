{%- set as_of = as_of_date() -%}
{#- OpenDental's PayPlansVersion: 1 (its default) ages the plan's completed amount as one
    credit and leaves plan payments out; 2 ages the plan's charges and every payment. -#}
{%- set payment_plan_version = var('aging_payment_plan_version') | int -%}

with

patients as (
    select * from {{ ref('stg_opendental__patients') }}
    where not is_deleted
),

procedures as (
    select * from {{ ref('stg_opendental__procedures') }}
    where not is_deleted
),

claim_procedures as (
    select * from {{ ref('stg_opendental__claim_procedures') }}
    where not is_deleted
),

adjustments as (
    select * from {{ ref('stg_opendental__adjustments') }}
    where not is_deleted
),

payment_splits as (
    select * from {{ ref('stg_opendental__payment_splits') }}
    where not is_deleted
),

definitions as (
    select * from {{ ref('stg_opendental__definitions') }}
    where not is_deleted
),

payment_plans as (
    select * from {{ ref('stg_opendental__payment_plans') }}
    where not is_deleted
),

payment_plan_charges as (
    select * from {{ ref('stg_opendental__payment_plan_charges') }}
    where not is_deleted
),

hidden_unearned_types as (
    select
        practice_id,
        definition_id
    from definitions
    where category_code = 29
        and coalesce(item_value, '') <> ''
),

-- OpenDental's aging transactions; an empty date (null here) is older than any other.
transactions as (
    select
        practice_id,
        patient_id,
        coalesce(procedure_date, date '0001-01-01') as transaction_date,
        round(procedure_fee * (unit_quantity + base_units), 2) as amount,
        0 as insurance_writeoff_estimate,
        0 as insurance_payment_estimate
    from procedures
    where procedure_status = 'Complete'
        and procedure_fee <> 0

    union all

    -- Insurance paid and written off, by payment date; what a claim not received yet (or
    -- received after the as-of date) is expected to pay and write off is the estimate.
    select
        claim_procedures.practice_id,
        claim_procedures.patient_id,
        coalesce(claim_procedures.payment_date, date '0001-01-01'),
        case
            when claim_procedures.claim_procedure_status = 'NotReceived' then 0
            else
                case
                    when claim_procedures.payment_plan_id is null
                        then -claim_procedures.insurance_paid_amount
                    else 0
                end - claim_procedures.writeoff_amount
        end,
        case when is_pending then claim_procedures.writeoff_amount else 0 end,
        case when is_pending then claim_procedures.insurance_payment_estimate else 0 end
    from (
        select
            *,
            coalesce(procedure_date, date '0001-01-01') <= {{ as_of }}
            and (
                claim_procedure_status = 'NotReceived'
                or (
                    claim_procedure_status = 'Received'
                    and coalesce(payment_date, date '0001-01-01') > {{ as_of }}
                )
            ) as is_pending
        from claim_procedures
    ) as claim_procedures
    left join procedures
        on claim_procedures.practice_id = procedures.practice_id
        and claim_procedures.procedure_id = procedures.procedure_id
    where claim_procedures.claim_procedure_status in (
        'NotReceived', 'Received', 'Supplemental', 'CapClaim', 'CapComplete'
    )
        and (claim_procedures.procedure_id is null or procedures.procedure_status = 'Complete')

    union all

    select
        practice_id,
        patient_id,
        coalesce(adjustment_date, date '0001-01-01'),
        adjustment_amount,
        0,
        0
    from adjustments
    where adjustment_amount <> 0

    union all

    -- Payments; in version 1 a split that pays a payment plan pays the plan, not the account.
    select
        payment_splits.practice_id,
        payment_splits.patient_id,
        coalesce(payment_splits.payment_date, date '0001-01-01'),
        {% if payment_plan_version == 2 -%}
            -payment_splits.split_amount,
        {%- else -%}
            case
                when payment_splits.payment_plan_id is null then -payment_splits.split_amount
                else 0
            end,
        {%- endif %}
        0,
        0
    from payment_splits
    left join hidden_unearned_types
        on payment_splits.practice_id = hidden_unearned_types.practice_id
        and payment_splits.unearned_type_id = hidden_unearned_types.definition_id
    where payment_splits.split_amount <> 0
        and hidden_unearned_types.definition_id is null
        and coalesce(payment_splits.payment_date, date '0001-01-01') <= {{ as_of }}

    union all

    {% if payment_plan_version == 2 -%}
    -- The plan's charges: the credit for the treatment on the patient, each debit due on the
    -- plan's guarantor (not for plans that track insurance).
    select
        payment_plan_charges.practice_id,
        case
            when payment_plan_charges.charge_type = 'Debit' then payment_plan_charges.guarantor_id
            else payment_plans.patient_id
        end,
        coalesce(payment_plan_charges.charge_date, date '0001-01-01'),
        case
            when payment_plan_charges.charge_type <> 'Debit'
                then -payment_plan_charges.principal_amount
            when payment_plans.insurance_plan_id is null
                then payment_plan_charges.principal_amount
                + payment_plan_charges.interest_amount
            else 0
        end,
        0,
        0
    from payment_plan_charges
    left join payment_plans
        on payment_plan_charges.practice_id = payment_plans.practice_id
        and payment_plan_charges.payment_plan_id = payment_plans.payment_plan_id
    where coalesce(payment_plan_charges.charge_date, date '0001-01-01') <= {{ as_of }}
    {%- else -%}
    -- The plan's completed amount, a credit on the patient on the plan's date.
    select
        practice_id,
        patient_id,
        coalesce(payment_plan_date, date '0001-01-01'),
        -completed_amount,
        0,
        0
    from payment_plans
    where completed_amount <> 0
    {%- endif %}
),

family_sums as (
    select
        transactions.practice_id,
        patients.guarantor_id,
        coalesce(sum(transactions.amount) filter (
            where transactions.amount > 0 and transactions.transaction_date < {{ as_of }} - 90
        ), 0) as charges_over_90,
        coalesce(sum(transactions.amount) filter (
            where transactions.amount > 0
                and transactions.transaction_date < {{ as_of }} - 60
                and transactions.transaction_date >= {{ as_of }} - 90
        ), 0) as charges_61_90,
        coalesce(sum(transactions.amount) filter (
            where transactions.amount > 0
                and transactions.transaction_date < {{ as_of }} - 30
                and transactions.transaction_date >= {{ as_of }} - 60
        ), 0) as charges_31_60,
        coalesce(sum(transactions.amount) filter (
            where transactions.amount > 0
                and transactions.transaction_date <= {{ as_of }}
                and transactions.transaction_date >= {{ as_of }} - 30
        ), 0) as charges_0_30,
        coalesce(-sum(transactions.amount) filter (
            where transactions.amount < 0 and transactions.transaction_date <= {{ as_of }}
        ), 0) as total_credits,
        coalesce(sum(transactions.amount) filter (
            where transactions.transaction_date <= {{ as_of }}
        ), 0) as balance_total,
        sum(transactions.insurance_writeoff_estimate) as insurance_writeoff_estimate,
        sum(transactions.insurance_payment_estimate) as insurance_payment_estimate
    from transactions
    inner join patients
        on transactions.practice_id = patients.practice_id
        and transactions.patient_id = patients.patient_id
    group by 1, 2
),

-- Credits pay the oldest charges first; a family in credit has every bucket at zero.
aged as (
    select
        practice_id,
        guarantor_id,
        {{ as_of }} as as_of_date,
        greatest(
            charges_0_30 - greatest(total_credits - charges_over_90 - charges_61_90 - charges_31_60, 0),
            0
        ) as balance_0_30,
        greatest(
            charges_31_60 - greatest(total_credits - charges_over_90 - charges_61_90, 0), 0
        ) as balance_31_60,
        greatest(charges_61_90 - greatest(total_credits - charges_over_90, 0), 0)
            as balance_61_90,
        greatest(charges_over_90 - total_credits, 0) as balance_over_90,
        balance_total,
        insurance_payment_estimate,
        insurance_writeoff_estimate,
        balance_total - insurance_payment_estimate - insurance_writeoff_estimate
            as patient_portion
    from family_sums
),

final as (
    select * from aged
)

select * from final
