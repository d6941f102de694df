with

source as (
    {{ union_practices('procedurecode') }}
),

final as (
    select
        practice_id,
        "CodeNum" as procedure_code_id,
        nullif("ProcCat", 0) as procedure_category_id,
        nullif("ProvNumDefault", 0) as default_provider_id,

        "ProcCode" as procedure_code,
        "Descript" as description,
        "AbbrDesc" as abbreviation,
        "LaymanTerm" as layman_term,
        case "TreatArea"
            when 0 then 'None'
            when 1 then 'Surface'
            when 2 then 'Tooth'
            when 3 then 'Mouth'
            when 4 then 'Quadrant'
            when 5 then 'Sextant'
            when 6 then 'Arch'
            when 7 then 'ToothRange'
        end as treatment_area,
        "ProcTime" as time_pattern,
        "BaseUnits" as base_units,
        "IsHygiene" = 1 as is_hygiene,
        "IsProsth" = 1 as is_prosthesis,
        "IsRadiology" = 1 as is_radiology,
        "NoBillIns" = 1 as is_not_billed_to_insurance,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
