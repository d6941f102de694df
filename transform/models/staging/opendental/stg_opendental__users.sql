with

source as (
    {{ union_practices('userod') }}
),

final as (
    select
        practice_id,
        "UserNum" as user_id,
        nullif("UserGroupNum", 0) as user_group_id,
        nullif("EmployeeNum", 0) as employee_id,
        nullif("ProvNum", 0) as provider_id,
        nullif("ClinicNum", 0) as clinic_id,

        "UserName" as user_name,
        "IsHidden" = 1 as is_hidden,
        "ClinicIsRestricted" = 1 as is_clinic_restricted,
        {{ clean_timestamp('"DateTLastLogin"') }} as last_login_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
