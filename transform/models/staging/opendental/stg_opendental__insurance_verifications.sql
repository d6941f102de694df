with

source as (
    {{ union_practices('insverify') }}
),

final as (
    select
        practice_id,
        "InsVerifyNum" as insurance_verification_id,
        -- FKey is an insurance plan or a patient plan, as VerifyType says.
        case when "VerifyType" = 1 then nullif("FKey", 0) end as insurance_plan_id,
        case when "VerifyType" = 2 then nullif("FKey", 0) end as patient_plan_id,
        nullif("UserNum", 0) as assigned_user_id,
        nullif("DefNum", 0) as verification_status_id,

        case "VerifyType"
            when 0 then 'None'
            when 1 then 'InsuranceBenefit'
            when 2 then 'PatientEnrollment'
        end as verification_type,
        {{ clean_date('"DateLastVerified"') }} as last_verified_date,
        {{ clean_date('"DateLastAssigned"') }} as last_assigned_date,
        "HoursAvailableForVerification" as hours_available_for_verification,
        "Note" as note,

        {{ clean_timestamp('"DateTimeEntry"') }} as created_at,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
