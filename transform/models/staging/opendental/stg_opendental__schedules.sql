with

source as (
    {{ union_practices('schedule') }}
),

final as (
    select
        practice_id,
        "ScheduleNum" as schedule_id,
        nullif("ProvNum", 0) as provider_id,
        nullif("EmployeeNum", 0) as employee_id,
        nullif("BlockoutType", 0) as blockout_type_id,
        nullif("ClinicNum", 0) as clinic_id,

        case "SchedType"
            when 0 then 'Practice'
            when 1 then 'Provider'
            when 2 then 'Blockout'
            when 3 then 'Employee'
            when 4 then 'WebSchedASAP'
        end as schedule_type,
        case "Status"
            when 0 then 'Open'
            when 1 then 'Closed'
            when 2 then 'Holiday'
        end as schedule_status,
        {{ clean_date('"SchedDate"') }} as schedule_date,
        -- time columns can pass 24:00:00 in MySQL, so they become intervals, not times
        "StartTime"::interval as start_time,
        "StopTime"::interval as stop_time,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
