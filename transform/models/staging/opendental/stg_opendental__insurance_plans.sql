with

source as (
    {{ union_practices('insplan') }}
),

final as (
    select
        practice_id,
        "PlanNum" as insurance_plan_id,
        nullif("CarrierNum", 0) as carrier_id,
        nullif("EmployerNum", 0) as employer_id,
        nullif("FeeSched", 0) as fee_schedule_id,
        nullif("CopayFeeSched", 0) as copay_fee_schedule_id,
        nullif("AllowedFeeSched", 0) as allowed_fee_schedule_id,
        nullif("BillingType", 0) as billing_type_id,
        nullif("FilingCode", 0) as filing_code_id,

        "GroupName" as group_name,
        "GroupNum" as group_number,
        case "PlanType"
            when '' then 'CategoryPercentage'
            when 'p' then 'PPO'
            when 'f' then 'FlatCopay'
            when 'c' then 'Capitation'
        end as plan_type,
        "MonthRenew" as renewal_month,
        "IsMedical" = 1 as is_medical,
        "IsHidden" = 1 as is_hidden,
        "SecDateTEdit" as updated_at,

        _sdc_deleted_at is not null as is_deleted,
        _sdc_batched_at as loaded_at
    from source
)

select * from final
