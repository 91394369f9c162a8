package io.github.bmmsite.notation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An ArchiMate element type, by its ArchiMate name ({@code Goal}), with the Spanish label
 * shown to readers.
 */
public record ElementType(String name, String label) {

    private static final Map<String, ElementType> KNOWN = known();

    /** Looks up an ArchiMate type name, case-insensitively. */
    public static Optional<ElementType> named(String name) {
        return Optional.ofNullable(KNOWN.get(name.replace(" ", "").toLowerCase(java.util.Locale.ROOT)));
    }

    /** Every known type, in ArchiMate's order of layers. */
    public static Collection<ElementType> all() {
        return KNOWN.values();
    }

    private static Map<String, ElementType> known() {
        String[][] types = {
            // Motivation
            {"Stakeholder", "Parte interesada"}, {"Driver", "Impulsor"}, {"Assessment", "Evaluación"},
            {"Goal", "Objetivo"}, {"Outcome", "Resultado"}, {"Principle", "Principio"},
            {"Requirement", "Requisito"}, {"Constraint", "Restricción"}, {"Meaning", "Significado"},
            {"Value", "Valor"},
            // Strategy
            {"Resource", "Recurso"}, {"Capability", "Capacidad"}, {"ValueStream", "Flujo de valor"},
            {"CourseOfAction", "Curso de acción"},
            // Business
            {"BusinessActor", "Actor de negocio"}, {"BusinessRole", "Rol de negocio"},
            {"BusinessCollaboration", "Colaboración de negocio"}, {"BusinessInterface", "Interfaz de negocio"},
            {"BusinessProcess", "Proceso de negocio"}, {"BusinessFunction", "Función de negocio"},
            {"BusinessInteraction", "Interacción de negocio"}, {"BusinessEvent", "Evento de negocio"},
            {"BusinessService", "Servicio de negocio"}, {"BusinessObject", "Objeto de negocio"},
            {"Contract", "Contrato"}, {"Representation", "Representación"}, {"Product", "Producto"},
            // Application
            {"ApplicationComponent", "Componente de aplicación"},
            {"ApplicationCollaboration", "Colaboración de aplicación"},
            {"ApplicationInterface", "Interfaz de aplicación"}, {"ApplicationFunction", "Función de aplicación"},
            {"ApplicationInteraction", "Interacción de aplicación"}, {"ApplicationProcess", "Proceso de aplicación"},
            {"ApplicationEvent", "Evento de aplicación"}, {"ApplicationService", "Servicio de aplicación"},
            {"DataObject", "Objeto de datos"},
            // Technology and physical
            {"Node", "Nodo"}, {"Device", "Dispositivo"}, {"SystemSoftware", "Software de sistema"},
            {"TechnologyCollaboration", "Colaboración tecnológica"},
            {"TechnologyInterface", "Interfaz tecnológica"}, {"Path", "Ruta"},
            {"CommunicationNetwork", "Red de comunicación"}, {"TechnologyFunction", "Función tecnológica"},
            {"TechnologyProcess", "Proceso tecnológico"}, {"TechnologyInteraction", "Interacción tecnológica"},
            {"TechnologyEvent", "Evento tecnológico"}, {"TechnologyService", "Servicio tecnológico"},
            {"Artifact", "Artefacto"}, {"Equipment", "Equipo"}, {"Facility", "Instalación"},
            {"DistributionNetwork", "Red de distribución"}, {"Material", "Material"},
            // Implementation and migration
            {"WorkPackage", "Paquete de trabajo"}, {"Deliverable", "Entregable"},
            {"ImplementationEvent", "Evento de implementación"}, {"Plateau", "Meseta"}, {"Gap", "Brecha"},
            // Other
            {"Location", "Ubicación"}, {"Grouping", "Agrupación"},
        };
        Map<String, ElementType> byName = new LinkedHashMap<>();
        for (String[] type : types) {
            byName.put(type[0].toLowerCase(java.util.Locale.ROOT), new ElementType(type[0], type[1]));
        }
        return Collections.unmodifiableMap(byName);
    }
}
