with

source as (
    {{ union_practices('commlog') }}
),

final as (
    select
        practice_id,
        "CommlogNum" as commlog_id,
        nullif("PatNum", 0) as patient_id,
        nullif("UserNum", 0) as user_id,
        nullif("CommType", 0) as commlog_type_id,
        nullif("ReferralNum", 0) as referral_id,

        case "Mode_"
            when 0 then 'None'
            when 1 then 'Email'
            when 2 then 'Mail'
            when 3 then 'Phone'
            when 4 then 'InPerson'
            when 5 then 'Text'
            when 6 then 'EmailAndText'
            when 7 then 'PhoneAndText'
            when 8 then 'Fax'
        end as communication_mode,
        case "SentOrReceived"
            when 0 then 'Neither'
            when 1 then 'Sent'
            when 2 then 'Received'
        end as direction,
        "Note" as note,

        {{ clean_timestamp('"CommDateTime"') }} as communicated_at,
        {{ clean_timestamp('"DateTimeEnd"') }} as ended_at,
        {{ clean_timestamp('"DateTEntry"') }} as created_at,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
