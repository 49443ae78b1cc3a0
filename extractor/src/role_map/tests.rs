use super::*;

fn map(text: &str) -> Result<RoleMap, Error> {
    let mut m = RoleMap::default();
    let mut added = Vec::new();
    for line in text.lines() {
        let (head, body) = line.split_once('=').unwrap_or((line, ""));
        let (keyword, head) = head.trim().split_once(' ').unwrap_or(("", ""));
        m.read_line(keyword, head, body, "test", &mut added)?;
    }
    m.prepend(added);
    Ok(m)
}

fn construction<'a>(form: Form, count: &'a dyn Fn(Argument) -> usize) -> Construction<'a> {
    Construction {
        frame: Frame::Acquire,
        form,
        cues: Cues::default(),
        count,
        named: count,
    }
}

#[test]
fn the_first_rule_whose_form_and_conditions_hold_gives_the_roles() {
    let m = map("type acquire = acquisition\n\
                 roles acquire passive = subject:target, by:acquirer\n\
                 roles acquire nominal if by = by:acquirer, of:target\n\
                 roles acquire any = subject:acquirer, object:target")
    .unwrap_or_default();
    assert_eq!(m.deal_type(Frame::Acquire), Some(DealType::Acquisition));
    let by = |a: Argument| usize::from(a == Argument::By);
    let none = |_: Argument| 0;
    let passive = m.gives(&construction(Form::Passive, &none));
    assert_eq!(passive[0], (Argument::Subject, Give::Role(Role::Target)));
    let nominal = m.gives(&construction(Form::Nominal, &by));
    assert_eq!(nominal[0], (Argument::By, Give::Role(Role::Acquirer)));
    // A noun with no agent falls through to the last line.
    let bare = m.gives(&construction(Form::Nominal, &none));
    assert_eq!(bare[0], (Argument::Subject, Give::Role(Role::Acquirer)));
    assert!(m.covers(Frame::Acquire));
    assert!(!m.covers(Frame::Sell));
}

#[test]
fn a_negated_condition_and_the_merging_role_are_read() {
    let m = map("roles acquire any if no subject = of:merging").unwrap_or_default();
    let none = |_: Argument| 0;
    let subject = |a: Argument| usize::from(a == Argument::Subject);
    assert_eq!(
        m.gives(&construction(Form::Active, &none)),
        &[(Argument::Of, Give::Merging)]
    );
    assert!(m.gives(&construction(Form::Active, &subject)).is_empty());
}

#[test]
fn a_several_condition_needs_two_organisations_in_the_argument() {
    let m = map("roles acquire nominal if several of = of:merging").unwrap_or_default();
    let one = |a: Argument| usize::from(a == Argument::Of);
    let two = |a: Argument| if a == Argument::Of { 2 } else { 0 };
    assert!(m.gives(&construction(Form::Nominal, &one)).is_empty());
    assert_eq!(
        m.gives(&construction(Form::Nominal, &two)),
        &[(Argument::Of, Give::Merging)]
    );
}

#[test]
fn bad_lines_say_what_is_allowed() {
    let e = |text: &str| map(text).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(e("roles acquire sideways = subject:target").contains("expected a form"));
    assert!(e("roles acquire any = subject:buyer").contains("unknown role \"buyer\""));
    assert!(e("roles acquire any if maybe = subject:target").contains("unknown argument"));
    assert!(e("roles purchase any = subject:target").contains("unknown frame"));
    assert!(e("type acquire = takeover").contains("the types are"));
}
