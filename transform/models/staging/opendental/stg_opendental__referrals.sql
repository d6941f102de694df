with

source as (
    {{ union_practices('referral') }}
),

final as (
    select
        practice_id,
        "ReferralNum" as referral_id,
        nullif("PatNum", 0) as patient_id,
        nullif("Specialty", 0) as specialty_id,

        "LName" as last_name,
        "FName" as first_name,
        "BusinessName" as business_name,
        "Title" as title,
        "ST" as state,
        "City" as city,
        "Zip" as zip_code,
        "NationalProvID" as national_provider_id,
        "IsDoctor" = 1 as is_doctor,
        "NotPerson" = 1 as is_not_person,
        "IsHidden" = 1 as is_hidden,
        "IsPreferred" = 1 as is_preferred,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
