with

source as (
    {{ union_practices('histappointment') }}
),

final as (
    select
        practice_id,
        "HistApptNum" as historical_appointment_id,
        nullif("AptNum", 0) as appointment_id,
        nullif("HistUserNum", 0) as changed_by_user_id,
        nullif("PatNum", 0) as patient_id,
        nullif("ProvNum", 0) as provider_id,
        nullif("ProvHyg", 0) as hygienist_id,
        nullif("Op", 0) as operatory_id,
        nullif("ClinicNum", 0) as clinic_id,
        nullif("NextAptNum", 0) as next_appointment_id,
        nullif("AppointmentTypeNum", 0) as appointment_type_id,
        nullif("Confirmed", 0) as confirmation_status_id,
        nullif("UnschedStatus", 0) as unscheduled_status_id,
        nullif("SecUserNumEntry", 0) as entered_by_user_id,

        case "HistApptAction"
            when 0 then 'Created'
            when 1 then 'Changed'
            when 2 then 'Missed'
            when 3 then 'Cancelled'
            when 4 then 'Deleted'
        end as history_action,
        case "ApptSource"
            when 0 then 'None'
            when 1 then 'EConnector'
            when 2 then 'Broadcaster'
            when 3 then 'BroadcastMonitor'
            when 4 then 'ServiceMainHQ'
        end as appointment_source,
        {{ clean_timestamp('"HistDateTStamp"') }} as changed_at,
        case "AptStatus"
            when 0 then 'None'
            when 1 then 'Scheduled'
            when 2 then 'Complete'
            when 3 then 'UnschedList'
            when 4 then 'ASAP'
            when 5 then 'Broken'
            when 6 then 'Planned'
            when 7 then 'PtNote'
            when 8 then 'PtNoteCompleted'
        end as appointment_status,
        "ProcDescript" as procedure_description,
        "Pattern" as time_pattern,
        "IsNewPatient" = 1 as is_new_patient,
        "IsHygiene" = 1 as is_hygiene,

        {{ clean_timestamp('"AptDateTime"') }} as scheduled_at,
        {{ clean_timestamp('"AptDateTime"') }}::date as scheduled_date,
        {{ clean_timestamp('"DateTimeArrived"') }} as arrived_at,
        {{ clean_timestamp('"DateTimeSeated"') }} as seated_at,
        {{ clean_timestamp('"DateTimeDismissed"') }} as dismissed_at,
        {{ clean_timestamp('"SecDateTEntry"') }} as created_at,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
