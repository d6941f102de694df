with

source as (
    {{ union_practices('patient') }}
),

final as (
    select
        practice_id,
        "PatNum" as patient_id,
        nullif("Guarantor", 0) as guarantor_id,
        nullif("SuperFamily", 0) as super_family_id,
        nullif("PriProv", 0) as primary_provider_id,
        nullif("SecProv", 0) as secondary_provider_id,
        nullif("ClinicNum", 0) as clinic_id,
        nullif("FeeSched", 0) as fee_schedule_id,
        nullif("BillingType", 0) as billing_type_id,

        "LName" as last_name,
        "FName" as first_name,
        "MiddleI" as middle_initial,
        "Preferred" as preferred_name,
        case "PatStatus"
            when 0 then 'Patient'
            when 1 then 'NonPatient'
            when 2 then 'Inactive'
            when 3 then 'Archived'
            when 4 then 'Deleted'
            when 5 then 'Deceased'
            when 6 then 'Prospective'
        end as patient_status,
        case "Gender"
            when 0 then 'Male'
            when 1 then 'Female'
            when 2 then 'Unknown'
        end as gender,
        case "Position"
            when 0 then 'Single'
            when 1 then 'Married'
            when 2 then 'Child'
            when 3 then 'Widowed'
            when 4 then 'Divorced'
        end as marital_status,
        "City" as city,
        "State" as state,
        "Zip" as zip_code,
        "HmPhone" as home_phone,
        "WirelessPhone" as wireless_phone,
        "Email" as email,
        "HasIns" = 'I' as has_insurance,

        {{ to_dollars('"EstBalance"') }} as estimated_balance,
        {{ to_dollars('"BalTotal"') }} as family_balance_total,
        {{ to_dollars('"InsEst"') }} as family_insurance_estimate,

        {{ clean_date('"Birthdate"') }} as birth_date,
        {{ clean_date('"DateFirstVisit"') }} as first_visit_date,
        {{ clean_date('"SecDateEntry"') }} as created_date,
        {{ clean_timestamp('"DateTimeDeceased"') }} as deceased_at,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
