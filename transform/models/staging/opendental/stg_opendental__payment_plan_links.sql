with

source as (
    {{ union_practices('payplanlink') }}
),

final as (
    select
        practice_id,
        "PayPlanLinkNum" as payment_plan_link_id,
        nullif("PayPlanNum", 0) as payment_plan_id,
        case "LinkType"
            when 0 then 'None'
            when 1 then 'Adjustment'
            when 2 then 'Procedure'
            when 3 then 'OrthoCase'
        end as link_type,
        nullif("FKey", 0) as linked_id,
        {{ to_dollars('"AmountOverride"') }} as amount_override,
        {{ clean_timestamp('"SecDateTEntry"') }} as created_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
