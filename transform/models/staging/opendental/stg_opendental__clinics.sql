with

source as (
    {{ union_practices('clinic') }}
),

final as (
    select
        practice_id,
        "ClinicNum" as clinic_id,
        nullif("DefaultProv", 0) as default_provider_id,
        nullif("InsBillingProv", 0) as insurance_billing_provider_id,
        nullif("Region", 0) as region_id,

        "Description" as clinic_name,
        {{ optional_column('clinic', 'Abbr', "''") }} as abbreviation,
        "City" as city,
        "State" as state,
        "Zip" as zip_code,
        "Phone" as phone,
        "ItemOrder" as display_order,
        "IsMedicalOnly" = 1 as is_medical_only,
        {{ optional_column('clinic', 'IsHidden', '0') }} = 1 as is_hidden,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
