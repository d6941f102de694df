with

source as (
    {{ union_practices('refattach') }}
),

final as (
    select
        practice_id,
        "RefAttachNum" as referral_attachment_id,
        nullif("ReferralNum", 0) as referral_id,
        nullif("PatNum", 0) as patient_id,
        nullif("ProcNum", 0) as procedure_id,
        nullif("ProvNum", 0) as provider_id,

        case "RefType"
            when 0 then 'ReferredTo'
            when 1 then 'ReferredFrom'
            when 2 then 'Custom'
        end as referral_type,
        "ItemOrder" as display_order,
        "IsTransitionOfCare" = 1 as is_transition_of_care,

        {{ clean_date('"RefDate"') }} as referred_date,
        {{ clean_date('"DateProcComplete"') }} as procedure_completed_date,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
