with

source as (
    {{ union_practices('appointmenttype') }}
),

final as (
    select
        practice_id,
        "AppointmentTypeNum" as appointment_type_id,

        "AppointmentTypeName" as appointment_type_name,
        "AppointmentTypeColor" as color_argb,
        "ItemOrder" as item_order,
        "Pattern" as time_pattern,
        "CodeStr" as procedure_codes,
        "CodeStrRequired" as required_procedure_codes,
        case "RequiredProcCodesNeeded"
            when 0 then 'None'
            when 1 then 'AtLeastOne'
            when 2 then 'All'
        end as required_procedure_codes_needed,
        "BlockoutTypes" as blockout_type_ids,
        "IsHidden" = 1 as is_hidden,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
