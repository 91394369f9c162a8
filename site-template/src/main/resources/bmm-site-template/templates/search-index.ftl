<#-- The search data, as a script rather than JSON: browsers refuse to fetch JSON from file:// pages. -->
window.BMM_SEARCH_DOCUMENTS = [
<#list content.documents as d>
{"uri":"${d.uri?json_string}","kind":"${d.kind?json_string}",<#if d.code??>"code":"${d.code?json_string}",</#if>"name":"${d.name?json_string}",<#if d.type??>"type":"${d.type?json_string}",</#if><#if d.group??>"group":"${d.group?json_string}",</#if>"text":"${d.text?json_string}"<#if d.pending??>,"pending":[<#list d.pending as name>"${name?json_string}"<#sep>,</#sep></#list>]</#if>}<#sep>,</#sep>
</#list>
];
