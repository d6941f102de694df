with

source as (
    {{ union_practices('carrier') }}
),

final as (
    select
        practice_id,
        "CarrierNum" as carrier_id,
        nullif("CarrierGroupName", 0) as carrier_group_id,

        "CarrierName" as carrier_name,
        "ElectID" as electronic_payer_id,
        "City" as city,
        "State" as state,
        "Zip" as zip_code,
        "Phone" as phone,
        -- tinyint(1), but an enum: 2 sends primary claims electronically and secondary on paper
        case "NoSendElect"
            when 0 then 'Electronic'
            when 1 then 'Paper'
            when 2 then 'PaperSecondary'
        end as claim_sending_mode,
        "IsHidden" = 1 as is_hidden,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
