with

source as (
    {{ union_practices('procedurelog') }}
),

final as (
    select
        practice_id,
        "ProcNum" as procedure_id,
        nullif("PatNum", 0) as patient_id,
        nullif("AptNum", 0) as appointment_id,
        nullif("PlannedAptNum", 0) as planned_appointment_id,
        nullif("CodeNum", 0) as procedure_code_id,
        nullif("ProvNum", 0) as provider_id,
        nullif("ClinicNum", 0) as clinic_id,

        case "ProcStatus"
            when 1 then 'TreatmentPlanned'
            when 2 then 'Complete'
            when 3 then 'ExistingCurrent'
            when 4 then 'ExistingOther'
            when 5 then 'Referred'
            when 6 then 'Deleted'
            when 7 then 'Condition'
            when 8 then 'TreatmentPlannedInactive'
        end as procedure_status,
        "ToothNum" as tooth_number,
        "Surf" as surface,
        {{ to_dollars('"ProcFee"') }} as procedure_fee,
        "UnitQty" as unit_quantity,
        "BaseUnits" as base_units,
        {{ to_dollars('"Discount"') }} as discount_amount,
        {{ to_dollars(optional_column('procedurelog', 'DiscountPlanAmt', '0')) }}
            as discount_plan_amount,

        {{ clean_date('"ProcDate"') }} as procedure_date,
        {{ clean_date('"DateTP"') }} as treatment_planned_date,
        {{ clean_date(optional_column('procedurelog', 'DateComplete', 'null::date')) }}
            as completed_date,
        {{ clean_timestamp('"SecDateEntry"') }} as created_at,
        "DateTStamp" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
