{#-
    The practices whose raw layer holds `table_name`, each as {id, relation}, the project's own
    practice first: source `opendental` is practice `main`, and every source whose meta names a
    `practice_id` (`opendental_<id>`, which `meltano invoke ops:add-practice <id>` writes to
    models/staging/opendental/practices/) is that practice, in id order. With var('practices')
    set, the practices it lists ({id, schema}) instead. A practice whose raw layer lacks the
    table is left out.
-#}
{% macro practice_relations(table_name) %}
    {%- set main = source('opendental', table_name) -%}
    {%- if not execute -%}
        {{ return([]) }}
    {%- endif -%}
    {%- set practices = [] -%}
    {%- if var('practices') is none -%}
        {%- set declared = [] -%}
        {%- for node in graph.sources.values() -%}
            {%- set practice_id = node.config.meta.get('practice_id') -%}
            {%- if practice_id and node.name == table_name -%}
                {%- do declared.append({
                    'id': practice_id,
                    'relation': source(node.source_name, node.name),
                }) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- set practices = [{'id': 'main', 'relation': main}] + declared | sort(attribute='id') -%}
    {%- else -%}
        {%- for practice in var('practices') -%}
            {%- do practices.append({
                'id': practice['id'],
                'relation': api.Relation.create(
                    database=main.database,
                    schema=practice['schema'],
                    identifier=table_name,
                ),
            }) -%}
        {%- endfor -%}
    {%- endif -%}
    {%- set relations = [] -%}
    {%- for practice in practices -%}
        {%- set relation = adapter.get_relation(
            database=practice['relation'].database,
            schema=practice['relation'].schema,
            identifier=practice['relation'].identifier,
        ) -%}
        {%- if relation is not none -%}
            {%- do relations.append({'id': practice['id'], 'relation': relation}) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(relations) }}
{% endmacro %}

{#-
    The type a column gets in the union when practices hold it with different types: the widest
    of one family (integers to numeric, dates to timestamps, strings to text), else text.
-#}
{% macro common_type(data_types) %}
    {%- set distinct = data_types | unique | list -%}
    {%- if distinct | length == 1 -%}
        {{ return(distinct[0]) }}
    {%- endif -%}
    {%- set families = [
        ['smallint', 'integer', 'bigint', 'real', 'double precision', 'numeric'],
        ['date', 'timestamp without time zone', 'timestamp with time zone'],
        ['character', 'character varying', 'text'],
    ] -%}
    {%- for family in families -%}
        {%- if distinct | reject('in', family) | list | length == 0 -%}
            {%- set widest = namespace(rank=0) -%}
            {%- for data_type in distinct -%}
                {%- set widest.rank = [widest.rank, family.index(data_type)] | max -%}
            {%- endfor -%}
            {{ return(family[widest.rank]) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return('text') }}
{% endmacro %}

{#-
    One OpenDental table across every practice (see practice_relations), with the practice's id
    prepended as practice_id. Practices on different OpenDental versions have different columns:
    the union has every column any practice has, a column some practice lacks is a typed null
    there, and a column whose type differs between practices is cast to their common type.
-#}
{% macro union_practices(table_name) %}
    {%- set practices = practice_relations(table_name) -%}
    {%- if practices | length == 0 %}
    select 'main'::text as practice_id, * from {{ source('opendental', table_name) }}
    {%- else -%}
        {%- set column_names = [] -%}
        {%- set column_types = {} -%}
        {%- for practice in practices -%}
            {%- set types = {} -%}
            {%- for column in adapter.get_columns_in_relation(practice['relation']) -%}
                {%- if column.name not in column_types -%}
                    {%- do column_names.append(column.name) -%}
                    {%- do column_types.update({column.name: []}) -%}
                {%- endif -%}
                {%- do column_types[column.name].append(column.dtype) -%}
                {%- do types.update({column.name: column.dtype}) -%}
            {%- endfor -%}
            {%- do practice.update({'types': types}) -%}
        {%- endfor -%}
        {%- for practice in practices %}
    select
        '{{ practice["id"] }}'::text as practice_id
            {%- for name in column_names -%}
                {%- set common = common_type(column_types[name]) -%}
                {%- set own = practice['types'].get(name) -%}
                {%- if own is none %},
        cast(null as {{ common }}) as {{ adapter.quote(name) }}
                {%- elif own != common %},
        cast({{ adapter.quote(name) }} as {{ common }}) as {{ adapter.quote(name) }}
                {%- else %},
        {{ adapter.quote(name) }}
                {%- endif -%}
            {%- endfor %}
    from {{ practice['relation'] }}
            {%- if not loop.last %}
    union all
            {%- endif -%}
        {%- endfor -%}
    {%- endif %}
{% endmacro %}
