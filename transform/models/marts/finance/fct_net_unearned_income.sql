with

payment_splits as (
    select * from {{ ref('stg_opendental__payment_splits') }}
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

remaining_procedures as (
    select * from {{ ref('int_procedures_remaining_in_unearned_families') }}
),

hidden_unearned_types as (
    select
        practice_id,
        definition_id
    from definitions
    where category_code = 29
        and coalesce(item_value, '') <> ''
),

-- Each patient's splits of visible unearned types; patient and guarantor on file.
patient_unearned as (
    select
        payment_splits.practice_id,
        payment_splits.patient_id,
        split_patients.guarantor_id,
        sum(payment_splits.split_amount) as unearned_amount
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
    group by 1, 2, 3
),

-- A family with any procedure still owing is left out.
families_owing as (
    select distinct
        practice_id,
        guarantor_id
    from remaining_procedures
),

final as (
    select
        patient_unearned.practice_id,
        patient_unearned.patient_id,
        patient_unearned.guarantor_id,
        patient_unearned.unearned_amount
    from patient_unearned
    left join families_owing
        on patient_unearned.practice_id = families_owing.practice_id
        and patient_unearned.guarantor_id = families_owing.guarantor_id
    where families_owing.guarantor_id is null
)

select * from final
