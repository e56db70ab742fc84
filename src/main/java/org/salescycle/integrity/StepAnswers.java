package org.salescycle.integrity;

import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * What a step of a process asks its user for: the answers of its deployed Camunda Form, plus the
 * names the model lists in the step's extension property {@value #EXTRA_ANSWERS} (answers a REST
 * client may send that the form has no field for, e.g. {@code lineItems}). Sales operations change
 * both in Modeler; a deployed version never changes, so each step's answers are read once.
 */
class StepAnswers {

  static final String EXTRA_ANSWERS = "answers";

  /** A step's answers, and the fields its form only shows. Null answers: the step has no form. */
  record Answers(String step, Set<String> answers, Set<String> shown,
      Map<String, FormFields.Range> numbers) {
    boolean restricted() {
      return answers != null;
    }
  }

  private final Map<String, Answers> byStep = new ConcurrentHashMap<>();

  Answers ofTask(CommandContext context, TaskEntity task) {
    String definitionId = task.getProcessDefinitionId();
    if (definitionId == null) {
      return new Answers(task.getName(), null, Set.of(), Map.of());
    }
    return byStep.computeIfAbsent(definitionId + "#" + task.getTaskDefinitionKey(), key -> {
      FormService forms = context.getProcessEngineConfiguration().getFormService();
      if (forms.getTaskFormData(task.getId()).getCamundaFormRef() == null) {
        return new Answers(task.getName(), null, Set.of(), Map.of());
      }
      return answers(context, definitionId, task.getTaskDefinitionKey(), task.getName(),
          forms.getDeployedTaskForm(task.getId()));
    });
  }

  /** The answers of a process's start form; unrestricted for a process without a Camunda Form. */
  Answers ofStart(CommandContext context, String definitionId) {
    return byStep.computeIfAbsent(definitionId + "#start", key -> {
      ProcessDefinitionEntity definition = context.getProcessEngineConfiguration()
          .getDeploymentCache().findDeployedProcessDefinitionById(definitionId);
      String name = definition.getName() == null ? definition.getKey() : definition.getName();
      FormService forms = context.getProcessEngineConfiguration().getFormService();
      if (definition.getInitial() == null
          || forms.getStartFormData(definitionId).getCamundaFormRef() == null) {
        return new Answers(name, null, Set.of(), Map.of());
      }
      return answers(context, definitionId, definition.getInitial().getId(), name,
          forms.getDeployedStartForm(definitionId));
    });
  }

  private static Answers answers(CommandContext context, String definitionId, String elementId,
      String step, InputStream form) {
    FormFields fields = FormFields.parse(form);
    Set<String> answers = new LinkedHashSet<>(fields.answers());
    answers.addAll(extraAnswers(context, definitionId, elementId));
    Set<String> shown = new LinkedHashSet<>(fields.shown());
    shown.removeAll(answers);
    return new Answers(step, Set.copyOf(answers), Set.copyOf(shown), fields.numbers());
  }

  private static Set<String> extraAnswers(CommandContext context, String definitionId,
      String elementId) {
    BpmnModelInstance model = context.getProcessEngineConfiguration().getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(definitionId);
    BaseElement element = model.getModelElementById(elementId);
    if (element == null || element.getExtensionElements() == null) {
      return Set.of();
    }
    return element.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .filter(property -> EXTRA_ANSWERS.equals(property.getCamundaName()))
        .map(CamundaProperty::getCamundaValue)
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::trim)
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toSet());
  }
}
