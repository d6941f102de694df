with

source as (
    {{ union_practices('feesched') }}
),

final as (
    select
        practice_id,
        "FeeSchedNum" as fee_schedule_id,

        "Description" as fee_schedule_name,
        "FeeSchedType" as fee_schedule_type_code,
        "ItemOrder" as display_order,
        "IsHidden" = 1 as is_hidden,
        "IsGlobal" = 1 as is_global,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
