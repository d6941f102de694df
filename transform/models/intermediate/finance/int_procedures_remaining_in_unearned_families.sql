-- A table, joined as the marts are (macros/join_as_written.sql): as a view, planned on the
-- staging views' estimates, each of the model's tests (and each mart reading it) ran for
-- minutes.
{{
    config(
        materialized='table',
        pre_hook="{{ join_as_written() }}",
    )
}}

with

payment_splits as (
    select * from {{ ref('stg_opendental__payment_splits') }}
    where not is_deleted
),

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

definitions as (
    select * from {{ ref('stg_opendental__definitions') }}
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

-- Every family with a split of a visible unearned type, allocated or not: what it holds
-- unallocated, and the date of its first such split.
families as (
    select
        payment_splits.practice_id,
        split_patients.guarantor_id,
        min(coalesce(payment_splits.payment_date, date '0001-01-01')) as first_unearned_date,
        sum(payment_splits.split_amount) as family_unearned_amount
    from payment_splits
    inner join patients as split_patients
        on payment_splits.practice_id = split_patients.practice_id
        and payment_splits.patient_id = split_patients.patient_id
    inner join patients as guarantors
        on split_patients.practice_id = guarantors.practice_id
        and split_patients.guarantor_id = guarantors.patient_id
    left join hidden_unearned_types
        on payment_splits.practice_id = hidden_unearned_types.practice_id
        and payment_splits.unearned_type_id = hidden_unearned_types.definition_id
    where payment_splits.unearned_type_id is not null
        and hidden_unearned_types.definition_id is null
    group by 1, 2
),

family_patients as (
    select
        families.practice_id,
        families.guarantor_id,
        patients.patient_id
    from families
    inner join patients
        on families.practice_id = patients.practice_id
        and families.guarantor_id = patients.guarantor_id
),

-- What insurance paid, wrote off and still expects, per procedure of these families.
claim_sums as (
    select
        claim_procedures.practice_id,
        claim_procedures.procedure_id,
        coalesce(sum(claim_procedures.writeoff_amount), 0) as writeoffs,
        coalesce(sum(claim_procedures.insurance_paid_amount) filter (
            where claim_procedures.claim_procedure_status in ('Received', 'Supplemental')
        ), 0) as insurance_paid,
        coalesce(sum(claim_procedures.insurance_payment_estimate) filter (
            where claim_procedures.claim_procedure_status = 'NotReceived'
        ), 0) as insurance_estimate
    from claim_procedures
    inner join family_patients
        on claim_procedures.practice_id = family_patients.practice_id
        and claim_procedures.patient_id = family_patients.patient_id
    where claim_procedures.procedure_id is not null
        and claim_procedures.claim_procedure_status in
        ('NotReceived', 'Received', 'Supplemental', 'CapComplete')
    group by 1, 2
),

adjustment_sums as (
    select
        adjustments.practice_id,
        adjustments.procedure_id,
        sum(adjustments.adjustment_amount) as adjustments
    from adjustments
    inner join family_patients
        on adjustments.practice_id = family_patients.practice_id
        and adjustments.patient_id = family_patients.patient_id
    where adjustments.procedure_id is not null
    group by 1, 2
),

-- Every split attached to the procedure, of any type, the plan's included.
split_sums as (
    select
        payment_splits.practice_id,
        payment_splits.procedure_id,
        sum(payment_splits.split_amount) as paid
    from payment_splits
    inner join family_patients
        on payment_splits.practice_id = family_patients.practice_id
        and payment_splits.patient_id = family_patients.patient_id
    where payment_splits.procedure_id is not null
    group by 1, 2
),

remaining as (
    select
        procedures.practice_id,
        family_patients.guarantor_id,
        procedures.procedure_id,
        procedures.patient_id,
        procedures.procedure_date,
        procedures.procedure_fee
        * greatest(1, procedures.unit_quantity + procedures.base_units) as procedure_fee,
        procedures.procedure_fee * (procedures.unit_quantity + procedures.base_units)
        + coalesce(adjustment_sums.adjustments, 0)
        - coalesce(claim_sums.writeoffs, 0)
        - coalesce(claim_sums.insurance_paid, 0)
        - coalesce(claim_sums.insurance_estimate, 0)
        - coalesce(split_sums.paid, 0) as remaining_amount
    from procedures
    inner join family_patients
        on procedures.practice_id = family_patients.practice_id
        and procedures.patient_id = family_patients.patient_id
    left join claim_sums
        on procedures.practice_id = claim_sums.practice_id
        and procedures.procedure_id = claim_sums.procedure_id
    left join adjustment_sums
        on procedures.practice_id = adjustment_sums.practice_id
        and procedures.procedure_id = adjustment_sums.procedure_id
    left join split_sums
        on procedures.practice_id = split_sums.practice_id
        and procedures.procedure_id = split_sums.procedure_id
    where procedures.procedure_status = 'Complete'
),

final as (
    select
        remaining.practice_id,
        remaining.procedure_id,
        remaining.guarantor_id,
        remaining.patient_id,
        remaining.procedure_date,
        remaining.procedure_fee,
        remaining.remaining_amount,
        families.first_unearned_date,
        families.family_unearned_amount
    from remaining
    inner join families
        on remaining.practice_id = families.practice_id
        and remaining.guarantor_id = families.guarantor_id
    where remaining.remaining_amount > 0.005
)

select * from final
