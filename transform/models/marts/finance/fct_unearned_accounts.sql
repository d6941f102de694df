with

line_items as (
    select * from {{ ref('fct_unearned_income_line_items') }}
),

patients as (
    select * from {{ ref('stg_opendental__patients') }}
    where not is_deleted
),

final as (
    select
        line_items.practice_id,
        line_items.guarantor_id,
        {{ as_of_date() }} as as_of_date,
        sum(line_items.split_amount) as unearned_amount,
        count(*) as payment_split_count
    from line_items
    -- The guarantor must be on file too.
    inner join patients
        on line_items.practice_id = patients.practice_id
        and line_items.guarantor_id = patients.patient_id
    group by 1, 2
    having abs(sum(line_items.split_amount)) > 0.005
)

select * from final
