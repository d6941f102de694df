{#-
    A column OpenDental added in a recent version: the quoted column where every practice's
    table has it, `default` where none has it, and the column with `default` in place of the
    typed null union_practices gives the practices whose version predates it.
-#}
{% macro optional_column(table_name, column_name, default='null') -%}
    {%- if execute -%}
        {%- set holders = [] -%}
        {%- set practices = practice_relations(table_name) -%}
        {%- for practice in practices -%}
            {%- set columns = adapter.get_columns_in_relation(practice['relation']) -%}
            {%- if column_name in columns | map(attribute='name') | list -%}
                {%- do holders.append(practice['id']) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if holders | length == 0 -%}
            {{ default }}
        {%- elif holders | length == practices | length -%}
            "{{ column_name }}"
        {%- else -%}
            coalesce("{{ column_name }}", {{ default }})
        {%- endif -%}
    {%- else -%}
        "{{ column_name }}"
    {%- endif -%}
{%- endmacro %}
