package org.salescycle.benchmark.bare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeCycle;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The shape of processes/sales-cycle.bpmn for the bare engine, derived from that file each time,
 * so that it cannot drift from the model: every element, flow, timer, asynchronous step, boundary
 * event and subprocess stays, with the same ids. What is this application's own goes: listeners,
 * input and output mappings, forms, due dates and retry cycles; delegates and decision tables
 * become {@link NoOpDelegate}; timers that read beans or variables get fixed periods; the
 * conditions that read what the application's steps decide take the path the whole cycle takes.
 */
public final class SalesCycleShape {

  public static final String KEY = "bare-sales-cycle";
  /** Candidate group of the user tasks (the engine's default id pattern takes no dash). */
  public static final String REPS = "salesreps";
  private static final String MANAGERS = "salesmanagers";

  private static final String MODEL = "processes/sales-cycle.bpmn";
  private static final String REAL_KEY = "sales-cycle";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final List<String> APPLICATION_ATTRIBUTES = List.of("delegateExpression",
      "expression", "class", "resultVariable", "decisionRef", "decisionRefBinding",
      "decisionRefVersion", "mapDecisionResult", "formRef", "formRefBinding", "formRefVersion",
      "formKey", "dueDate", "followUpDate", "assignee", "candidateUsers", "priority", "initiator");
  private static final Map<String, String> GROUPS = Map.of("sales-reps", REPS,
      "sales-managers", MANAGERS);
  /**
   * Conditions on what the duplicate check, the nurture count and the discount decision found:
   * none of them here.
   */
  private static final Map<String, String> DECIDED_BY_THE_APPLICATION = Map.of(
      "Flow_DuplicateLead", "${false}",
      "Flow_NurtureLimitReached", "${false}",
      "Flow_ApprovalNeeded", "${false}");
  private static final String TIMER_PERIOD = "P30D";
  private static final String TIMER_CYCLE = "R/P7D";

  private SalesCycleShape() {}

  public static BpmnModelInstance model() {
    BpmnModelInstance model = realModel();
    Process process = model.getModelElementById(REAL_KEY);
    process.setId(KEY);
    process.setName("Sales cycle shape");
    for (ExtensionElements extensions : model.getModelElementsByType(ExtensionElements.class)) {
      extensions.getParentElement().removeChildElement(extensions);
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      APPLICATION_ATTRIBUTES.forEach(name -> element.removeAttributeNs(CAMUNDA, name));
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      task.setCamundaClass(NoOpDelegate.class.getName());
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      task.setCamundaClass(NoOpDelegate.class.getName());
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      task.setCamundaCandidateGroups(GROUPS.get(task.getCamundaCandidateGroups()));
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      fixPeriod(model, timer);
    }
    DECIDED_BY_THE_APPLICATION.forEach((flow, condition) -> model
        .<SequenceFlow>getModelElementById(flow).getConditionExpression()
        .setTextContent(condition));
    return model;
  }

  /** The real model as Modeler saved it. */
  static BpmnModelInstance realModel() {
    try (InputStream xml = SalesCycleShape.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (xml == null) {
        throw new IllegalStateException(MODEL + " is not on the class path");
      }
      return Bpmn.readModelFromStream(xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fixPeriod(BpmnModelInstance model, TimerEventDefinition timer) {
    boolean cycle = timer.getTimeCycle() != null;
    Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())
        .filter(Objects::nonNull)
        .forEach(timer::removeChildElement);
    if (cycle) {
      TimeCycle fixed = model.newInstance(TimeCycle.class);
      fixed.setTextContent(TIMER_CYCLE);
      timer.setTimeCycle(fixed);
    } else {
      TimeDuration fixed = model.newInstance(TimeDuration.class);
      fixed.setTextContent(TIMER_PERIOD);
      timer.setTimeDuration(fixed);
    }
  }

  public static void deployTo(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("sales-cycle-shape")
        .addModelInstance("sales-cycle-shape.bpmn", model()).deploy();
  }

  public static String xml() {
    return Bpmn.convertToString(model());
  }
}
