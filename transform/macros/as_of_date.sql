{#- The date balances and due dates are aged at: var('as_of_date') if set, else the run date. -#}
{% macro as_of_date() -%}
    {%- if var('as_of_date') -%}
        date '{{ var("as_of_date") }}'
    {%- else -%}
        current_date
    {%- endif -%}
{%- endmacro %}
