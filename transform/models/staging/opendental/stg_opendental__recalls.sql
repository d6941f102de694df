with

source as (
    {{ union_practices('recall') }}
),

final as (
    select
        practice_id,
        "RecallNum" as recall_id,
        nullif("PatNum", 0) as patient_id,
        nullif("RecallTypeNum", 0) as recall_type_id,
        nullif("RecallStatus", 0) as recall_status_id,

        "RecallInterval" as recall_interval_code,
        "IsDisabled" = 1 as is_disabled,
        "Priority" as priority_code,
        {{ to_dollars('"DisableUntilBalance"') }} as disabled_until_balance,

        {{ clean_date('"DateDue"') }} as due_date,
        {{ clean_date('"DateDueCalc"') }} as calculated_due_date,
        {{ clean_date('"DatePrevious"') }} as previous_date,
        {{ clean_date('"DateScheduled"') }} as scheduled_date,
        {{ clean_date('"DisableUntilDate"') }} as disabled_until_date,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
