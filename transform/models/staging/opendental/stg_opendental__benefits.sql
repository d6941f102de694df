with

source as (
    {{ union_practices('benefit') }}
),

final as (
    select
        practice_id,
        "BenefitNum" as benefit_id,
        nullif("PlanNum", 0) as insurance_plan_id,
        nullif("PatPlanNum", 0) as patient_plan_id,
        nullif("CovCatNum", 0) as coverage_category_id,
        nullif("CodeNum", 0) as procedure_code_id,
        nullif("CodeGroupNum", 0) as code_group_id,

        case "BenefitType"
            when 0 then 'ActiveCoverage'
            when 1 then 'CoInsurance'
            when 2 then 'Deductible'
            when 3 then 'CoPayment'
            when 4 then 'Exclusions'
            when 5 then 'Limitations'
            when 6 then 'WaitingPeriod'
        end as benefit_type,
        -- -1 is OpenDental's "no value" for both.
        nullif("Percent", -1) as coverage_percent,
        case when "MonetaryAmt" <> -1 then {{ to_dollars('"MonetaryAmt"') }} end as amount,
        case "TimePeriod"
            when 0 then 'None'
            when 1 then 'ServiceYear'
            when 2 then 'CalendarYear'
            when 3 then 'Lifetime'
            when 4 then 'Years'
            when 5 then 'NumberInLast12Months'
        end as time_period,
        case "QuantityQualifier"
            when 0 then 'None'
            when 1 then 'NumberOfServices'
            when 2 then 'AgeLimit'
            when 3 then 'Visits'
            when 4 then 'Years'
            when 5 then 'Months'
        end as quantity_qualifier,
        "Quantity" as quantity,
        case "CoverageLevel"
            when 0 then 'None'
            when 1 then 'Individual'
            when 2 then 'Family'
        end as coverage_level,
        case "TreatArea"
            when 0 then 'None'
            when 1 then 'Surf'
            when 2 then 'Tooth'
            when 3 then 'Mouth'
            when 4 then 'Quad'
            when 5 then 'Sextant'
            when 6 then 'Arch'
            when 7 then 'ToothRange'
        end as treatment_area,

        {{ clean_timestamp('"SecDateTEntry"') }} as created_at,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
