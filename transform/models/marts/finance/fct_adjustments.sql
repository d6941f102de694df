with

adjustments as (
    select * from {{ ref('stg_opendental__adjustments') }}
),

definitions as (
    select * from {{ ref('stg_opendental__definitions') }}
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
),

final as (
    select
        adjustments.practice_id,
        adjustments.adjustment_id,
        adjustments.patient_id,
        patients.guarantor_id,
        adjustments.provider_id,
        adjustments.clinic_id,
        adjustments.procedure_id,
        adjustments.adjustment_date,
        adjustment_types.item_name as adjustment_type,
        adjustments.adjustment_amount,
        adjustments.adjustment_amount < 0 as is_credit
    from adjustments
    left join definitions as adjustment_types
        on adjustments.practice_id = adjustment_types.practice_id
        and adjustments.adjustment_type_id = adjustment_types.definition_id
    left join patients
        on adjustments.practice_id = patients.practice_id
        and adjustments.patient_id = patients.patient_id
        and not patients.is_deleted
    where not adjustments.is_deleted
)

select * from final
