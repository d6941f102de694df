with

calendar as (
    select
        generated_date::date as calendar_date
    from generate_series(
        date '{{ var("calendar_start_date") }}',
        current_date + interval '2 years',
        interval '1 day'
    ) as generated_date
),

final as (
    select
        calendar_date,
        date_trunc('week', calendar_date)::date as week_start_date,
        date_trunc('month', calendar_date)::date as month_start_date,
        date_trunc('quarter', calendar_date)::date as quarter_start_date,
        date_trunc('year', calendar_date)::date as year_start_date,
        extract(year from calendar_date)::integer as calendar_year,
        extract(quarter from calendar_date)::integer as calendar_quarter,
        extract(month from calendar_date)::integer as calendar_month,
        extract(day from calendar_date)::integer as day_of_month,
        extract(isodow from calendar_date)::integer as day_of_week,
        trim(to_char(calendar_date, 'Month')) as month_name,
        trim(to_char(calendar_date, 'Day')) as day_name,
        extract(isodow from calendar_date) in (6, 7) as is_weekend
    from calendar
)

select * from final
