BMM_SEARCH_PARTS["documents-1"] = [
{"uri":"matrices/objetivos-otic.html","kind":"Matriz de alineación","name":"Matriz de alineación: Objetivos OTIC × Objetivos SG","text":"Tabla de alineación: qué elementos de un grupo realizan, influyen o se relacionan con los de otros. 5 relaciones."},
{"uri":"matrices/principios-peti.html","kind":"Matriz de alineación","name":"Matriz de alineación: Principios PETI × Objetivos SG","text":"Tabla de alineación: qué elementos de un grupo realizan, influyen o se relacionan con los de otros. 5 relaciones."},
{"uri":"matrices/procesos-y-capacidades.html","kind":"Matriz de alineación","name":"Matriz de alineación: Procesos y capacidades × Objetivos SG y Objetivos OTIC","text":"Tabla de alineación: qué elementos de un grupo realizan, influyen o se relacionan con los de otros. 13 relaciones."}
];
