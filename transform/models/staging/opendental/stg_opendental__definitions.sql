with

source as (
    {{ union_practices('definition') }}
),

final as (
    select
        practice_id,
        "DefNum" as definition_id,
        "Category" as category_code,
        "ItemName" as item_name,
        "ItemValue" as item_value,
        "ItemOrder" as display_order,
        "IsHidden" = 1 as is_hidden,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
