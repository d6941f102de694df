with

source as (
    {{ union_practices('patplan') }}
),

final as (
    select
        practice_id,
        "PatPlanNum" as patient_plan_id,
        nullif("PatNum", 0) as patient_id,
        nullif("InsSubNum", 0) as insurance_subscription_id,

        "Ordinal" as coverage_order,
        case "Relationship"
            when 0 then 'Self'
            when 1 then 'Spouse'
            when 2 then 'Child'
            when 3 then 'Employee'
            when 4 then 'HandicapDependent'
            when 5 then 'SignificantOther'
            when 6 then 'InjuredPlaintiff'
            when 7 then 'LifePartner'
            when 8 then 'Dependent'
        end as relationship_to_subscriber,
        "IsPending" = 1 as is_pending,

        {{ clean_timestamp('"SecDateTEntry"') }} as created_at,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
