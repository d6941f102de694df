with

source as (
    {{ union_practices('securitylog') }}
),

final as (
    select
        practice_id,
        "SecurityLogNum" as security_log_id,
        nullif("UserNum", 0) as user_id,
        nullif("PatNum", 0) as patient_id,
        nullif("FKey", 0) as object_id,

        "PermType" as permission_type_code,
        "LogText" as log_text,
        "CompName" as computer_name,
        {{ clean_timestamp('"LogDateTime"') }} as logged_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
