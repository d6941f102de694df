{%- set as_of = as_of_date() -%}

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

-- Prepayment types with a value are hidden: the report leaves their splits out.
hidden_unearned_types as (
    select
        practice_id,
        definition_id
    from definitions
    where category_code = 29
        and coalesce(item_value, '') <> ''
),

final as (
    select
        payment_splits.practice_id,
        payment_splits.payment_split_id,
        payment_splits.payment_id,
        payment_splits.payment_date,
        payment_splits.patient_id,
        patients.guarantor_id,
        payment_splits.unearned_type_id,
        payment_splits.provider_id,
        payment_splits.clinic_id,
        payment_splits.procedure_id,
        payment_splits.split_amount
    from payment_splits
    inner join patients
        on payment_splits.practice_id = patients.practice_id
        and payment_splits.patient_id = patients.patient_id
    left join hidden_unearned_types
        on payment_splits.practice_id = hidden_unearned_types.practice_id
        and payment_splits.unearned_type_id = hidden_unearned_types.definition_id
    where payment_splits.unearned_type_id is not null
        and hidden_unearned_types.definition_id is null
        and coalesce(payment_splits.payment_date, date '0001-01-01') <= {{ as_of }}
)

select * from final
