-- Every table of OpenDental 24.3.0.0 (and one keyless backup table), as
-- OpenDental creates them. Derived by tests/opendental_schema/generate.py from
-- OpenDental/opendental@24_3: DocumentationBuilder/OpenDentalDocumentation.xml (columns and types),
-- UnitTests/Resources/dump.txt (the DDL of a 21.1 database, and the tables it has that
-- the documentation lacks) and OpenDentBusiness/Misc/ConvertDatabases*.cs (tables dropped
-- since 21.1). New columns and tables are
-- written by the rules of OpenDental's CRUD generator
-- (xCrudGenerator/CrudSchemaRaw.cs).
-- See the generator's docstring for the details. Do not edit by hand.

CREATE TABLE `account` (
  `AccountNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `AcctType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `BankNumber` varchar(255) DEFAULT '',
  `Inactive` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `AccountColor` int(11) NOT NULL DEFAULT '0',
  `IsRetainedEarnings` tinyint(4) NOT NULL,
  PRIMARY KEY (`AccountNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `accountingautopay` (
  `AccountingAutoPayNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PayType` bigint(20) NOT NULL,
  `PickList` varchar(255) DEFAULT '',
  PRIMARY KEY (`AccountingAutoPayNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `activeinstance` (
  `ActiveInstanceNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ComputerNum` bigint(20) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `ProcessId` bigint(20) NOT NULL,
  `DateTimeLastActive` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTRecorded` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ConnectionType` tinyint(4) NOT NULL,
  PRIMARY KEY (`ActiveInstanceNum`),
  KEY `ComputerNum` (`ComputerNum`),
  KEY `UserNum` (`UserNum`),
  KEY `ProcessId` (`ProcessId`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `adjustment` (
  `AdjNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AdjDate` date NOT NULL DEFAULT '0001-01-01',
  `AdjAmt` double NOT NULL DEFAULT '0',
  `PatNum` bigint(20) NOT NULL,
  `AdjType` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `AdjNote` text,
  `ProcDate` date NOT NULL DEFAULT '0001-01-01',
  `ProcNum` bigint(20) NOT NULL,
  `DateEntry` date NOT NULL DEFAULT '0001-01-01',
  `ClinicNum` bigint(20) NOT NULL,
  `StatementNum` bigint(20) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `TaxTransID` bigint(20) NOT NULL,
  PRIMARY KEY (`AdjNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `StatementNum` (`StatementNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `indexProvNum` (`ProvNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `indexPNAmt` (`ProcNum`,`AdjAmt`),
  KEY `AdjDatePN` (`AdjDate`,`PatNum`),
  KEY `TaxTransID` (`TaxTransID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `alertcategory` (
  `AlertCategoryNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `IsHQCategory` tinyint(4) NOT NULL,
  `InternalName` varchar(255) NOT NULL,
  `Description` varchar(255) NOT NULL,
  PRIMARY KEY (`AlertCategoryNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `alertcategorylink` (
  `AlertCategoryLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AlertCategoryNum` bigint(20) NOT NULL,
  `AlertType` tinyint(4) NOT NULL,
  PRIMARY KEY (`AlertCategoryLinkNum`),
  KEY `AlertCategoryNum` (`AlertCategoryNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `alertitem` (
  `AlertItemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClinicNum` bigint(20) NOT NULL,
  `Description` varchar(2000) NOT NULL,
  `Type` tinyint(4) NOT NULL,
  `Severity` tinyint(4) NOT NULL,
  `Actions` tinyint(4) NOT NULL,
  `FormToOpen` tinyint(4) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `ItemValue` varchar(4000) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`AlertItemNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `FKey` (`FKey`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `alertread` (
  `AlertReadNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AlertItemNum` bigint(20) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  PRIMARY KEY (`AlertReadNum`),
  KEY `AlertItemNum` (`AlertItemNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `alertsub` (
  `AlertSubNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `Type` tinyint(4) NOT NULL,
  `AlertCategoryNum` bigint(20) NOT NULL,
  PRIMARY KEY (`AlertSubNum`),
  KEY `UserNum` (`UserNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `AlertCategoryNum` (`AlertCategoryNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `allergy` (
  `AllergyNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AllergyDefNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `Reaction` varchar(255) NOT NULL,
  `StatusIsActive` tinyint(4) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DateAdverseReaction` date NOT NULL DEFAULT '0001-01-01',
  `SnomedReaction` varchar(255) NOT NULL,
  PRIMARY KEY (`AllergyNum`),
  KEY `AllergyDefNum` (`AllergyDefNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `allergydef` (
  `AllergyDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `SnomedType` tinyint(4) DEFAULT NULL,
  `MedicationNum` bigint(20) NOT NULL,
  `UniiCode` varchar(255) NOT NULL,
  PRIMARY KEY (`AllergyDefNum`),
  KEY `MedicationNum` (`MedicationNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apikey` (
  `APIKeyNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `CustApiKey` varchar(255) NOT NULL,
  `DevName` varchar(255) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apisubscription` (
  `ApiSubscriptionNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `EndPointUrl` varchar(255) NOT NULL,
  `Workstation` varchar(255) NOT NULL,
  `CustomerKey` varchar(255) NOT NULL,
  `WatchTable` varchar(255) NOT NULL,
  `PollingSeconds` int(11) NOT NULL,
  `UiEventType` varchar(255) NOT NULL,
  `DateTimeStart` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeStop` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Note` varchar(255) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `appointment` (
  `AptNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `AptStatus` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Pattern` varchar(255) DEFAULT '',
  `Confirmed` bigint(20) NOT NULL,
  `TimeLocked` tinyint(1) NOT NULL,
  `Op` bigint(20) NOT NULL,
  `Note` text,
  `ProvNum` bigint(20) NOT NULL,
  `ProvHyg` bigint(20) NOT NULL,
  `AptDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `NextAptNum` bigint(20) NOT NULL,
  `UnschedStatus` bigint(20) NOT NULL,
  `IsNewPatient` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `ProcDescript` varchar(255) DEFAULT '',
  `Assistant` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `IsHygiene` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DateTimeArrived` datetime NOT NULL,
  `DateTimeSeated` datetime NOT NULL,
  `DateTimeDismissed` datetime NOT NULL,
  `InsPlan1` bigint(20) NOT NULL,
  `InsPlan2` bigint(20) NOT NULL,
  `DateTimeAskedToArrive` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ProcsColored` text NOT NULL,
  `ColorOverride` int(11) NOT NULL,
  `AppointmentTypeNum` bigint(20) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Priority` tinyint(4) NOT NULL,
  `ProvBarText` varchar(60) NOT NULL,
  `PatternSecondary` varchar(255) NOT NULL,
  `SecurityHash` varchar(255) NOT NULL,
  `ItemOrderPlanned` int(11) NOT NULL,
  PRIMARY KEY (`AptNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `indexNextAptNum` (`NextAptNum`),
  KEY `indexProvNum` (`ProvNum`),
  KEY `indexProvHyg` (`ProvHyg`),
  KEY `indexAptDateTime` (`AptDateTime`),
  KEY `InsPlan1` (`InsPlan1`),
  KEY `InsPlan2` (`InsPlan2`),
  KEY `DateTimeArrived` (`DateTimeArrived`),
  KEY `AppointmentTypeNum` (`AppointmentTypeNum`),
  KEY `Op` (`Op`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `StatusDate` (`AptStatus`,`AptDateTime`,`ClinicNum`),
  KEY `Priority` (`Priority`),
  KEY `UnschedStatus` (`UnschedStatus`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `appointmentrule` (
  `AppointmentRuleNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `RuleDesc` varchar(255) DEFAULT '',
  `CodeStart` varchar(15) DEFAULT NULL,
  `CodeEnd` varchar(15) DEFAULT NULL,
  `IsEnabled` tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`AppointmentRuleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `appointmenttype` (
  `AppointmentTypeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AppointmentTypeName` varchar(255) NOT NULL,
  `AppointmentTypeColor` int(11) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `Pattern` varchar(255) NOT NULL,
  `CodeStr` varchar(4000) NOT NULL,
  `CodeStrRequired` varchar(4000) NOT NULL,
  `RequiredProcCodesNeeded` tinyint(4) NOT NULL,
  `BlockoutTypes` varchar(255) NOT NULL,
  PRIMARY KEY (`AppointmentTypeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apptfield` (
  `ApptFieldNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AptNum` bigint(20) NOT NULL,
  `FieldName` varchar(255) NOT NULL,
  `FieldValue` text NOT NULL,
  PRIMARY KEY (`ApptFieldNum`),
  KEY `AptNum` (`AptNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apptfielddef` (
  `ApptFieldDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `FieldName` varchar(255) NOT NULL,
  `FieldType` tinyint(4) NOT NULL,
  `PickList` text NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  PRIMARY KEY (`ApptFieldDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apptgeneralmessagesent` (
  `ApptGeneralMessageSentNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ApptNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TSPrior` bigint(20) NOT NULL,
  `ApptReminderRuleNum` bigint(20) NOT NULL,
  `SendStatus` tinyint(4) NOT NULL,
  `ApptDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `MessageType` tinyint(4) NOT NULL,
  `MessageFk` bigint(20) NOT NULL,
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ResponseDescript` text NOT NULL,
  KEY `ApptNum` (`ApptNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `TSPrior` (`TSPrior`),
  KEY `ApptReminderRuleNum` (`ApptReminderRuleNum`),
  KEY `MessageFk` (`MessageFk`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apptnewpatthankyousent` (
  `ApptNewPatThankYouSentNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ApptNum` bigint(20) NOT NULL,
  `ApptDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ApptSecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TSPrior` bigint(20) NOT NULL,
  `ApptReminderRuleNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ResponseDescript` text NOT NULL,
  `DateTimeNewPatThankYouTransmit` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ShortGUID` varchar(255) NOT NULL,
  `SendStatus` tinyint(4) NOT NULL,
  `MessageType` tinyint(4) NOT NULL,
  `MessageFk` bigint(20) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  KEY `ApptNum` (`ApptNum`),
  KEY `TSPrior` (`TSPrior`),
  KEY `ApptReminderRuleNum` (`ApptReminderRuleNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `PatNum` (`PatNum`),
  KEY `MessageFk` (`MessageFk`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apptreminderrule` (
  `ApptReminderRuleNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TypeCur` tinyint(4) NOT NULL,
  `TSPrior` bigint(20) NOT NULL,
  `SendOrder` varchar(255) NOT NULL,
  `IsSendAll` tinyint(4) NOT NULL,
  `TemplateSMS` text NOT NULL,
  `TemplateEmailSubject` text NOT NULL,
  `TemplateEmail` text NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `TemplateSMSAggShared` text NOT NULL,
  `TemplateSMSAggPerAppt` text NOT NULL,
  `TemplateEmailSubjAggShared` text NOT NULL,
  `TemplateEmailAggShared` text NOT NULL,
  `TemplateEmailAggPerAppt` text NOT NULL,
  `DoNotSendWithin` bigint(20) NOT NULL,
  `IsEnabled` tinyint(4) NOT NULL,
  `TemplateAutoReply` text NOT NULL,
  `TemplateAutoReplyAgg` text NOT NULL,
  `IsAutoReplyEnabled` tinyint(4) NOT NULL,
  `Language` varchar(255) NOT NULL,
  `TemplateComeInMessage` text NOT NULL,
  `EmailTemplateType` varchar(255) NOT NULL,
  `AggEmailTemplateType` varchar(255) NOT NULL,
  `IsSendForMinorsBirthday` tinyint(4) NOT NULL,
  `EmailHostingTemplateNum` bigint(20) NOT NULL,
  `MinorAge` int(11) NOT NULL,
  `TemplateFailureAutoReply` text NOT NULL,
  `SendMultipleInvites` tinyint(4) NOT NULL,
  `TimeSpanMultipleInvites` bigint(20) NOT NULL,
  PRIMARY KEY (`ApptReminderRuleNum`),
  KEY `TSPrior` (`TSPrior`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `EmailHostingTemplateNum` (`EmailHostingTemplateNum`),
  KEY `TimeSpanMultipleInvites` (`TimeSpanMultipleInvites`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apptremindersent` (
  `ApptReminderSentNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ApptNum` bigint(20) NOT NULL,
  `ApptDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TSPrior` bigint(20) NOT NULL,
  `ApptReminderRuleNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `SendStatus` tinyint(4) NOT NULL,
  `MessageType` tinyint(4) NOT NULL,
  `MessageFk` bigint(20) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ResponseDescript` text NOT NULL,
  PRIMARY KEY (`ApptReminderSentNum`),
  KEY `ApptNum` (`ApptNum`),
  KEY `TSPrior` (`TSPrior`),
  KEY `ApptReminderRuleNum` (`ApptReminderRuleNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `MessageFk` (`MessageFk`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apptthankyousent` (
  `ApptThankYouSentNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ApptNum` bigint(20) NOT NULL,
  `ApptDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ApptSecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TSPrior` bigint(20) NOT NULL,
  `ApptReminderRuleNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ResponseDescript` text NOT NULL,
  `DateTimeThankYouTransmit` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ShortGUID` varchar(255) NOT NULL,
  `SendStatus` tinyint(4) NOT NULL,
  `DoNotResend` tinyint(4) NOT NULL,
  `MessageType` tinyint(4) NOT NULL,
  `MessageFk` bigint(20) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`ApptThankYouSentNum`),
  KEY `ApptNum` (`ApptNum`),
  KEY `TSPrior` (`TSPrior`),
  KEY `ApptReminderRuleNum` (`ApptReminderRuleNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ApptDateTime` (`ApptDateTime`),
  KEY `MessageFk` (`MessageFk`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apptview` (
  `ApptViewNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `ItemOrder` smallint(5) unsigned NOT NULL DEFAULT '0',
  `RowsPerIncr` tinyint(3) unsigned NOT NULL DEFAULT '1',
  `OnlyScheduledProvs` tinyint(3) unsigned NOT NULL,
  `OnlySchedBeforeTime` time NOT NULL,
  `OnlySchedAfterTime` time NOT NULL,
  `StackBehavUR` tinyint(4) NOT NULL,
  `StackBehavLR` tinyint(4) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `ApptTimeScrollStart` time NOT NULL,
  `IsScrollStartDynamic` tinyint(4) NOT NULL,
  `IsApptBubblesDisabled` tinyint(4) NOT NULL,
  `WidthOpMinimum` smallint(5) unsigned NOT NULL,
  `WaitingRmName` tinyint(4) NOT NULL,
  `OnlyScheduledProvDays` tinyint(4) NOT NULL,
  PRIMARY KEY (`ApptViewNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `apptviewitem` (
  `ApptViewItemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ApptViewNum` bigint(20) NOT NULL,
  `OpNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `ElementDesc` varchar(255) DEFAULT '',
  `ElementOrder` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ElementColor` int(11) NOT NULL DEFAULT '0',
  `ElementAlignment` tinyint(4) NOT NULL,
  `ApptFieldDefNum` bigint(20) NOT NULL,
  `PatFieldDefNum` bigint(20) NOT NULL,
  `IsMobile` tinyint(4) NOT NULL,
  PRIMARY KEY (`ApptViewItemNum`),
  KEY `OpNum` (`OpNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `asapcomm` (
  `AsapCommNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `FKey` bigint(20) NOT NULL,
  `FKeyType` tinyint(4) NOT NULL,
  `ScheduleNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `ShortGUID` varchar(255) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeExpire` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeSmsScheduled` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SmsSendStatus` tinyint(4) NOT NULL,
  `EmailSendStatus` tinyint(4) NOT NULL,
  `DateTimeSmsSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeEmailSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `EmailMessageNum` bigint(20) NOT NULL,
  `ResponseStatus` tinyint(4) NOT NULL,
  `DateTimeOrig` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TemplateText` text NOT NULL,
  `TemplateEmail` text NOT NULL,
  `TemplateEmailSubj` varchar(100) NOT NULL,
  `Note` text NOT NULL,
  `GuidMessageToMobile` text NOT NULL,
  `EmailTemplateType` varchar(255) NOT NULL,
  PRIMARY KEY (`AsapCommNum`),
  KEY `FKey` (`FKey`),
  KEY `ScheduleNum` (`ScheduleNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `EmailMessageNum` (`EmailMessageNum`),
  KEY `SmsSendStatus` (`SmsSendStatus`),
  KEY `EmailSendStatus` (`EmailSendStatus`),
  KEY `ShortGUID` (`ShortGUID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `autocode` (
  `AutoCodeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `IsHidden` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `LessIntrusive` tinyint(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`AutoCodeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `autocodecond` (
  `AutoCodeCondNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AutoCodeItemNum` bigint(20) NOT NULL,
  `Cond` tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`AutoCodeCondNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `autocodeitem` (
  `AutoCodeItemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AutoCodeNum` bigint(20) NOT NULL,
  `OldCode` varchar(15) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL DEFAULT '',
  `CodeNum` bigint(20) NOT NULL,
  PRIMARY KEY (`AutoCodeItemNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `autocommexcludedate` (
  `AutoCommExcludeDateNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ClinicNum` bigint(20) NOT NULL,
  `DateExclude` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `automation` (
  `AutomationNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` text NOT NULL,
  `Autotrigger` tinyint(4) NOT NULL,
  `ProcCodes` text NOT NULL,
  `AutoAction` tinyint(4) NOT NULL,
  `SheetDefNum` bigint(20) NOT NULL,
  `CommType` bigint(20) NOT NULL,
  `MessageContent` text NOT NULL,
  `AptStatus` tinyint(4) NOT NULL,
  `AppointmentTypeNum` bigint(20) NOT NULL,
  `PatStatus` tinyint(4) NOT NULL,
  PRIMARY KEY (`AutomationNum`),
  KEY `AppointmentTypeNum` (`AppointmentTypeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `automationcondition` (
  `AutomationConditionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AutomationNum` bigint(20) NOT NULL,
  `CompareField` tinyint(4) NOT NULL,
  `Comparison` tinyint(4) NOT NULL,
  `CompareString` varchar(255) NOT NULL,
  PRIMARY KEY (`AutomationConditionNum`),
  KEY `AutomationNum` (`AutomationNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `autonote` (
  `AutoNoteNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AutoNoteName` varchar(50) DEFAULT NULL,
  `MainText` text,
  `Category` bigint(20) NOT NULL,
  PRIMARY KEY (`AutoNoteNum`),
  KEY `Category` (`Category`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `autonotecontrol` (
  `AutoNoteControlNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Descript` varchar(50) DEFAULT NULL,
  `ControlType` varchar(50) DEFAULT NULL,
  `ControlLabel` varchar(255) DEFAULT NULL,
  `ControlOptions` text,
  PRIMARY KEY (`AutoNoteControlNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `benefit` (
  `BenefitNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PlanNum` bigint(20) NOT NULL,
  `PatPlanNum` bigint(20) NOT NULL,
  `CovCatNum` bigint(20) NOT NULL,
  `BenefitType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Percent` tinyint(4) NOT NULL,
  `MonetaryAmt` double NOT NULL DEFAULT '0',
  `TimePeriod` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `QuantityQualifier` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Quantity` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `CodeNum` bigint(20) NOT NULL,
  `CoverageLevel` int(11) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `CodeGroupNum` bigint(20) NOT NULL,
  `TreatArea` tinyint(4) NOT NULL,
  PRIMARY KEY (`BenefitNum`),
  KEY `indexPlanNum` (`PlanNum`),
  KEY `indexPatPlanNum` (`PatPlanNum`),
  KEY `CovCatNum` (`CovCatNum`),
  KEY `BenefitType` (`BenefitType`),
  KEY `Percent` (`Percent`),
  KEY `MonetaryAmt` (`MonetaryAmt`),
  KEY `TimePeriod` (`TimePeriod`),
  KEY `QuantityQualifier` (`QuantityQualifier`),
  KEY `Quantity` (`Quantity`),
  KEY `CodeNum` (`CodeNum`),
  KEY `CoverageLevel` (`CoverageLevel`),
  KEY `SecDateTEntry` (`SecDateTEntry`),
  KEY `SecDateTEdit` (`SecDateTEdit`),
  KEY `CodeGroupNum` (`CodeGroupNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `canadiannetwork` (
  `CanadianNetworkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Abbrev` varchar(20) DEFAULT '',
  `Descript` varchar(255) DEFAULT '',
  `CanadianTransactionPrefix` varchar(255) NOT NULL,
  `CanadianIsRprHandler` tinyint(4) NOT NULL,
  PRIMARY KEY (`CanadianNetworkNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `carecreditwebresponse` (
  `CareCreditWebResponseNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `PayNum` bigint(20) NOT NULL,
  `RefNumber` varchar(255) NOT NULL,
  `Amount` double NOT NULL,
  `WebToken` varchar(255) NOT NULL,
  `ProcessingStatus` varchar(255) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimePending` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeCompleted` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeExpired` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeLastError` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `LastResponseStr` text NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `ServiceType` varchar(255) NOT NULL,
  `TransType` varchar(255) NOT NULL,
  `MerchantNumber` varchar(20) NOT NULL,
  `HasLogged` tinyint(4) NOT NULL,
  PRIMARY KEY (`CareCreditWebResponseNum`),
  KEY `PatNum` (`PatNum`),
  KEY `PayNum` (`PayNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `carrier` (
  `CarrierNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CarrierName` varchar(255) DEFAULT '',
  `Address` varchar(255) DEFAULT '',
  `Address2` varchar(255) DEFAULT '',
  `City` varchar(255) DEFAULT '',
  `State` varchar(255) DEFAULT '',
  `Zip` varchar(255) DEFAULT '',
  `Phone` varchar(255) DEFAULT '',
  `ElectID` varchar(255) DEFAULT '',
  `NoSendElect` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `IsCDA` tinyint(3) unsigned NOT NULL,
  `CDAnetVersion` varchar(100) DEFAULT '',
  `CanadianNetworkNum` bigint(20) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `CanadianEncryptionMethod` tinyint(4) NOT NULL,
  `CanadianSupportedTypes` int(11) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `TIN` varchar(255) NOT NULL,
  `CarrierGroupName` bigint(20) NOT NULL,
  `ApptTextBackColor` int(11) NOT NULL,
  `IsCoinsuranceInverted` tinyint(4) NOT NULL,
  `TrustedEtransFlags` tinyint(4) NOT NULL,
  `CobInsPaidBehaviorOverride` tinyint(4) NOT NULL,
  `EraAutomationOverride` tinyint(4) NOT NULL,
  `OrthoInsPayConsolidate` tinyint(4) NOT NULL,
  PRIMARY KEY (`CarrierNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `CarrierNumName` (`CarrierNum`,`CarrierName`),
  KEY `CanadianNetworkNum` (`CanadianNetworkNum`),
  KEY `CarrierGroupName` (`CarrierGroupName`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `cdcrec` (
  `CdcrecNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CdcrecCode` varchar(255) NOT NULL,
  `HeirarchicalCode` varchar(255) NOT NULL,
  `Description` varchar(255) NOT NULL,
  PRIMARY KEY (`CdcrecNum`),
  KEY `CdcrecCode` (`CdcrecCode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `cdspermission` (
  `CDSPermissionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `SetupCDS` tinyint(4) NOT NULL,
  `ShowCDS` tinyint(4) NOT NULL,
  `ShowInfobutton` tinyint(4) NOT NULL,
  `EditBibliography` tinyint(4) NOT NULL,
  `ProblemCDS` tinyint(4) NOT NULL,
  `MedicationCDS` tinyint(4) NOT NULL,
  `AllergyCDS` tinyint(4) NOT NULL,
  `DemographicCDS` tinyint(4) NOT NULL,
  `LabTestCDS` tinyint(4) NOT NULL,
  `VitalCDS` tinyint(4) NOT NULL,
  PRIMARY KEY (`CDSPermissionNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `centralconnection` (
  `CentralConnectionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ServerName` varchar(255) NOT NULL,
  `DatabaseName` varchar(255) NOT NULL,
  `MySqlUser` varchar(255) NOT NULL,
  `MySqlPassword` varchar(255) NOT NULL,
  `ServiceURI` varchar(255) NOT NULL,
  `OdUser` varchar(255) NOT NULL,
  `OdPassword` varchar(255) NOT NULL,
  `Note` text NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `WebServiceIsEcw` tinyint(4) NOT NULL,
  `ConnectionStatus` varchar(255) NOT NULL,
  `HasClinicBreakdownReports` tinyint(4) NOT NULL,
  PRIMARY KEY (`CentralConnectionNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `cert` (
  `CertNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  `WikiPageLink` varchar(255) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `CertCategoryNum` bigint(20) NOT NULL,
  PRIMARY KEY (`CertNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `certemployee` (
  `CertEmployeeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CertNum` bigint(20) NOT NULL,
  `EmployeeNum` bigint(20) NOT NULL,
  `DateCompleted` date NOT NULL DEFAULT '0001-01-01',
  `Note` varchar(255) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  PRIMARY KEY (`CertEmployeeNum`),
  KEY `UserNum` (`UserNum`),
  KEY `CertNum` (`CertNum`),
  KEY `EmployeeNum` (`EmployeeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `chartview` (
  `ChartViewNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `ProcStatuses` tinyint(4) NOT NULL,
  `ObjectTypes` smallint(6) NOT NULL,
  `ShowProcNotes` tinyint(4) NOT NULL,
  `IsAudit` tinyint(4) NOT NULL,
  `SelectedTeethOnly` tinyint(4) NOT NULL,
  `OrionStatusFlags` int(11) NOT NULL,
  `DatesShowing` tinyint(4) NOT NULL,
  `IsTpCharting` tinyint(4) NOT NULL,
  PRIMARY KEY (`ChartViewNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claim` (
  `ClaimNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DateService` date NOT NULL DEFAULT '0001-01-01',
  `DateSent` date NOT NULL DEFAULT '0001-01-01',
  `ClaimStatus` char(1) DEFAULT '',
  `DateReceived` date NOT NULL DEFAULT '0001-01-01',
  `PlanNum` bigint(20) NOT NULL,
  `ProvTreat` bigint(20) NOT NULL,
  `ClaimFee` double NOT NULL DEFAULT '0',
  `InsPayEst` double NOT NULL DEFAULT '0',
  `InsPayAmt` double NOT NULL DEFAULT '0',
  `DedApplied` double NOT NULL DEFAULT '0',
  `PreAuthString` varchar(40) DEFAULT '',
  `IsProsthesis` char(1) DEFAULT '',
  `PriorDate` date NOT NULL DEFAULT '0001-01-01',
  `ReasonUnderPaid` varchar(255) DEFAULT '',
  `ClaimNote` varchar(400) DEFAULT NULL,
  `ClaimType` varchar(255) DEFAULT '',
  `ProvBill` bigint(20) NOT NULL,
  `ReferringProv` bigint(20) NOT NULL,
  `RefNumString` varchar(40) DEFAULT '',
  `PlaceService` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `AccidentRelated` char(1) DEFAULT '',
  `AccidentDate` date NOT NULL DEFAULT '0001-01-01',
  `AccidentST` varchar(2) DEFAULT '',
  `EmployRelated` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `IsOrtho` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `OrthoRemainM` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `OrthoDate` date NOT NULL DEFAULT '0001-01-01',
  `PatRelat` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `PlanNum2` bigint(20) NOT NULL,
  `PatRelat2` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `WriteOff` double NOT NULL DEFAULT '0',
  `Radiographs` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ClinicNum` bigint(20) NOT NULL,
  `ClaimForm` bigint(20) NOT NULL,
  `AttachedImages` int(11) NOT NULL,
  `AttachedModels` int(11) NOT NULL,
  `AttachedFlags` varchar(255) DEFAULT NULL,
  `AttachmentID` varchar(255) DEFAULT NULL,
  `CanadianMaterialsForwarded` varchar(10) NOT NULL,
  `CanadianReferralProviderNum` varchar(20) NOT NULL,
  `CanadianReferralReason` tinyint(4) NOT NULL,
  `CanadianIsInitialLower` varchar(5) NOT NULL,
  `CanadianDateInitialLower` date NOT NULL DEFAULT '0001-01-01',
  `CanadianMandProsthMaterial` tinyint(4) NOT NULL,
  `CanadianIsInitialUpper` varchar(5) NOT NULL,
  `CanadianDateInitialUpper` date NOT NULL DEFAULT '0001-01-01',
  `CanadianMaxProsthMaterial` tinyint(4) NOT NULL,
  `InsSubNum` bigint(20) NOT NULL,
  `InsSubNum2` bigint(20) NOT NULL,
  `CanadaTransRefNum` varchar(255) NOT NULL,
  `CanadaEstTreatStartDate` date NOT NULL DEFAULT '0001-01-01',
  `CanadaInitialPayment` double NOT NULL,
  `CanadaPaymentMode` tinyint(3) unsigned NOT NULL,
  `CanadaTreatDuration` tinyint(3) unsigned NOT NULL,
  `CanadaNumAnticipatedPayments` tinyint(3) unsigned NOT NULL,
  `CanadaAnticipatedPayAmount` double NOT NULL,
  `PriorAuthorizationNumber` varchar(255) NOT NULL,
  `SpecialProgramCode` tinyint(4) NOT NULL,
  `UniformBillType` varchar(255) NOT NULL,
  `MedType` tinyint(4) NOT NULL,
  `AdmissionTypeCode` varchar(255) NOT NULL,
  `AdmissionSourceCode` varchar(255) NOT NULL,
  `PatientStatusCode` varchar(255) NOT NULL,
  `CustomTracking` bigint(20) NOT NULL,
  `DateResent` date NOT NULL DEFAULT '0001-01-01',
  `CorrectionType` tinyint(4) NOT NULL,
  `ClaimIdentifier` varchar(255) NOT NULL,
  `OrigRefNum` varchar(255) NOT NULL,
  `ProvOrderOverride` bigint(20) NOT NULL,
  `OrthoTotalM` tinyint(3) unsigned NOT NULL,
  `ShareOfCost` double NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `OrderingReferralNum` bigint(20) NOT NULL,
  `DateSentOrig` date NOT NULL DEFAULT '0001-01-01',
  `DateIllnessInjuryPreg` date NOT NULL DEFAULT '0001-01-01',
  `DateIllnessInjuryPregQualifier` smallint(6) NOT NULL,
  `DateOther` date NOT NULL DEFAULT '0001-01-01',
  `DateOtherQualifier` smallint(6) NOT NULL,
  `IsOutsideLab` tinyint(4) NOT NULL,
  `SecurityHash` varchar(255) NOT NULL,
  `Narrative` text NOT NULL,
  PRIMARY KEY (`ClaimNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `indexPlanNum` (`PlanNum`),
  KEY `InsSubNum` (`InsSubNum`),
  KEY `InsSubNum2` (`InsSubNum2`),
  KEY `CustomTracking` (`CustomTracking`),
  KEY `ProvOrderOverride` (`ProvOrderOverride`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `indexOutClaimCovering` (`PlanNum`,`ClaimStatus`,`ClaimType`,`PatNum`,`ClaimNum`,`DateService`,`ProvTreat`,`ClaimFee`,`ClinicNum`),
  KEY `OrderingReferralNum` (`OrderingReferralNum`),
  KEY `ProvBill` (`ProvBill`),
  KEY `ProvTreat` (`ProvTreat`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimattach` (
  `ClaimAttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClaimNum` bigint(20) NOT NULL,
  `DisplayedFileName` varchar(255) DEFAULT NULL,
  `ActualFileName` varchar(255) DEFAULT NULL,
  `ImageReferenceId` int(11) NOT NULL,
  PRIMARY KEY (`ClaimAttachNum`),
  KEY `ClaimNum` (`ClaimNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimcondcodelog` (
  `ClaimCondCodeLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClaimNum` bigint(20) NOT NULL,
  `Code0` varchar(2) DEFAULT NULL,
  `Code1` varchar(2) DEFAULT NULL,
  `Code2` varchar(2) DEFAULT NULL,
  `Code3` varchar(2) DEFAULT NULL,
  `Code4` varchar(2) DEFAULT NULL,
  `Code5` varchar(2) DEFAULT NULL,
  `Code6` varchar(2) DEFAULT NULL,
  `Code7` varchar(2) DEFAULT NULL,
  `Code8` varchar(2) DEFAULT NULL,
  `Code9` varchar(2) DEFAULT NULL,
  `Code10` varchar(2) DEFAULT NULL,
  PRIMARY KEY (`ClaimCondCodeLogNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimform` (
  `ClaimFormNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(50) DEFAULT '',
  `IsHidden` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `FontName` varchar(255) DEFAULT '',
  `FontSize` float unsigned NOT NULL DEFAULT '0',
  `UniqueID` varchar(255) DEFAULT '',
  `PrintImages` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `OffsetX` smallint(5) NOT NULL DEFAULT '0',
  `OffsetY` smallint(5) NOT NULL DEFAULT '0',
  `Width` int(11) NOT NULL,
  `Height` int(11) NOT NULL,
  PRIMARY KEY (`ClaimFormNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimformitem` (
  `ClaimFormItemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClaimFormNum` bigint(20) NOT NULL,
  `ImageFileName` varchar(255) DEFAULT '',
  `FieldName` varchar(255) DEFAULT '',
  `FormatString` varchar(255) DEFAULT '',
  `XPos` float NOT NULL DEFAULT '0',
  `YPos` float NOT NULL DEFAULT '0',
  `Width` float NOT NULL DEFAULT '0',
  `Height` float NOT NULL DEFAULT '0',
  PRIMARY KEY (`ClaimFormItemNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimpayment` (
  `ClaimPaymentNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CheckDate` date NOT NULL DEFAULT '0001-01-01',
  `CheckAmt` double NOT NULL DEFAULT '0',
  `CheckNum` varchar(25) DEFAULT '',
  `BankBranch` varchar(25) DEFAULT '',
  `Note` varchar(255) DEFAULT '',
  `ClinicNum` bigint(20) NOT NULL,
  `DepositNum` bigint(20) NOT NULL,
  `CarrierName` varchar(255) DEFAULT '',
  `DateIssued` date NOT NULL DEFAULT '0001-01-01',
  `IsPartial` tinyint(4) NOT NULL,
  `PayType` bigint(20) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `PayGroup` bigint(20) NOT NULL,
  PRIMARY KEY (`ClaimPaymentNum`),
  KEY `DepositNum` (`DepositNum`),
  KEY `PayType` (`PayType`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `CheckDate` (`CheckDate`),
  KEY `PayGroup` (`PayGroup`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimproc` (
  `ClaimProcNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProcNum` bigint(20) NOT NULL,
  `ClaimNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `FeeBilled` double NOT NULL DEFAULT '0',
  `InsPayEst` double NOT NULL DEFAULT '0',
  `DedApplied` double NOT NULL DEFAULT '0',
  `Status` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `InsPayAmt` double NOT NULL DEFAULT '0',
  `Remarks` varchar(255) DEFAULT '',
  `ClaimPaymentNum` bigint(20) NOT NULL,
  `PlanNum` bigint(20) NOT NULL,
  `DateCP` date NOT NULL DEFAULT '0001-01-01',
  `WriteOff` double NOT NULL DEFAULT '0',
  `CodeSent` varchar(15) DEFAULT '',
  `AllowedOverride` double NOT NULL,
  `Percentage` tinyint(4) NOT NULL DEFAULT '-1',
  `PercentOverride` tinyint(4) NOT NULL DEFAULT '-1',
  `CopayAmt` double NOT NULL DEFAULT '-1',
  `NoBillIns` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `PaidOtherIns` double NOT NULL DEFAULT '-1',
  `BaseEst` double NOT NULL DEFAULT '0',
  `CopayOverride` double NOT NULL DEFAULT '-1',
  `ProcDate` date NOT NULL DEFAULT '0001-01-01',
  `DateEntry` date NOT NULL DEFAULT '0001-01-01',
  `LineNumber` tinyint(3) unsigned NOT NULL,
  `DedEst` double NOT NULL,
  `DedEstOverride` double NOT NULL,
  `InsEstTotal` double NOT NULL,
  `InsEstTotalOverride` double NOT NULL,
  `PaidOtherInsOverride` double NOT NULL,
  `EstimateNote` varchar(255) NOT NULL,
  `WriteOffEst` double NOT NULL,
  `WriteOffEstOverride` double NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `InsSubNum` bigint(20) NOT NULL,
  `PaymentRow` int(11) NOT NULL,
  `PayPlanNum` bigint(20) NOT NULL,
  `ClaimPaymentTracking` bigint(20) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DateSuppReceived` date NOT NULL DEFAULT '0001-01-01',
  `DateInsFinalized` date NOT NULL DEFAULT '0001-01-01',
  `IsTransfer` tinyint(4) NOT NULL,
  `ClaimAdjReasonCodes` varchar(255) NOT NULL,
  `IsOverpay` tinyint(4) NOT NULL,
  `SecurityHash` varchar(255) NOT NULL,
  PRIMARY KEY (`ClaimProcNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `indexPlanNum` (`PlanNum`),
  KEY `indexClaimNum` (`ClaimNum`),
  KEY `indexProvNum` (`ProvNum`),
  KEY `indexProcNum` (`ProcNum`),
  KEY `indexClaimPaymentNum` (`ClaimPaymentNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `InsSubNum` (`InsSubNum`),
  KEY `Status` (`Status`),
  KEY `PayPlanNum` (`PayPlanNum`),
  KEY `indexCPNSIPA` (`ClaimPaymentNum`,`Status`,`InsPayAmt`),
  KEY `indexPNPD` (`ProvNum`,`ProcDate`),
  KEY `indexPNDCP` (`ProvNum`,`DateCP`),
  KEY `ClaimPaymentTracking` (`ClaimPaymentTracking`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `indexAcctCov` (`ProcNum`,`PlanNum`,`Status`,`InsPayAmt`,`InsPayEst`,`WriteOff`,`NoBillIns`),
  KEY `DateCP` (`DateCP`),
  KEY `DateSuppReceived` (`DateSuppReceived`),
  KEY `indexAgingCovering` (`Status`,`PatNum`,`DateCP`,`PayPlanNum`,`InsPayAmt`,`WriteOff`,`InsPayEst`,`ProcDate`,`ProcNum`),
  KEY `indexTxFinder` (`InsSubNum`,`ProcNum`,`Status`,`ProcDate`,`PatNum`,`InsPayAmt`,`InsPayEst`),
  KEY `indexOutClaimCovering` (`ClaimNum`,`ClaimPaymentNum`,`InsPayAmt`,`DateCP`,`IsTransfer`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimsnapshot` (
  `ClaimSnapshotNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProcNum` bigint(20) NOT NULL,
  `ClaimType` varchar(255) NOT NULL,
  `Writeoff` double NOT NULL,
  `InsPayEst` double NOT NULL,
  `Fee` double NOT NULL,
  `DateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ClaimProcNum` bigint(20) NOT NULL,
  `SnapshotTrigger` tinyint(4) NOT NULL,
  PRIMARY KEY (`ClaimSnapshotNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `ClaimProcNum` (`ClaimProcNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimtracking` (
  `ClaimTrackingNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClaimNum` bigint(20) NOT NULL,
  `TrackingType` varchar(255) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `DateTimeEntry` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `Note` text NOT NULL,
  `TrackingDefNum` bigint(20) NOT NULL,
  `TrackingErrorDefNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ClaimTrackingNum`),
  KEY `ClaimNum` (`ClaimNum`),
  KEY `UserNum` (`UserNum`),
  KEY `TrackingDefNum` (`TrackingDefNum`),
  KEY `TrackingErrorDefNum` (`TrackingErrorDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `claimvalcodelog` (
  `ClaimValCodeLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClaimNum` bigint(20) NOT NULL,
  `ClaimField` varchar(5) NOT NULL,
  `ValCode` char(2) NOT NULL,
  `ValAmount` double NOT NULL,
  `Ordinal` int(10) unsigned NOT NULL,
  PRIMARY KEY (`ClaimValCodeLogNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `clearinghouse` (
  `ClearinghouseNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `ExportPath` text,
  `Payors` text,
  `Eformat` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ISA05` varchar(255) DEFAULT NULL,
  `SenderTIN` varchar(255) DEFAULT NULL,
  `ISA07` varchar(255) DEFAULT NULL,
  `ISA08` varchar(255) DEFAULT NULL,
  `ISA15` varchar(255) DEFAULT NULL,
  `Password` varchar(255) DEFAULT '',
  `ResponsePath` varchar(255) DEFAULT '',
  `CommBridge` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ClientProgram` varchar(255) DEFAULT '',
  `LastBatchNumber` smallint(5) unsigned NOT NULL DEFAULT '0',
  `ModemPort` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `LoginID` varchar(255) DEFAULT '',
  `SenderName` varchar(255) DEFAULT NULL,
  `SenderTelephone` varchar(255) DEFAULT NULL,
  `GS03` varchar(255) DEFAULT NULL,
  `ISA02` varchar(10) NOT NULL,
  `ISA04` varchar(10) NOT NULL,
  `ISA16` varchar(2) NOT NULL,
  `SeparatorData` varchar(2) NOT NULL,
  `SeparatorSegment` varchar(2) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `HqClearinghouseNum` bigint(20) NOT NULL,
  `IsEraDownloadAllowed` tinyint(4) NOT NULL DEFAULT '2',
  `IsClaimExportAllowed` tinyint(4) NOT NULL DEFAULT '1',
  `IsAttachmentSendAllowed` tinyint(4) NOT NULL,
  `LocationID` varchar(255) NOT NULL,
  PRIMARY KEY (`ClearinghouseNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `HqClearinghouseNum` (`HqClearinghouseNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `clinic` (
  `ClinicNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `Address` varchar(255) DEFAULT '',
  `Address2` varchar(255) DEFAULT '',
  `City` varchar(255) DEFAULT '',
  `State` varchar(255) DEFAULT '',
  `Zip` varchar(255) DEFAULT '',
  `Phone` varchar(255) DEFAULT '',
  `BankNumber` varchar(255) DEFAULT '',
  `DefaultPlaceService` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `InsBillingProv` bigint(20) NOT NULL,
  `Fax` varchar(50) NOT NULL,
  `EmailAddressNum` bigint(20) NOT NULL,
  `DefaultProv` bigint(20) NOT NULL,
  `SmsContractDate` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SmsMonthlyLimit` double NOT NULL,
  `IsMedicalOnly` tinyint(4) NOT NULL,
  `BillingAddress` varchar(255) NOT NULL,
  `BillingAddress2` varchar(255) NOT NULL,
  `BillingCity` varchar(255) NOT NULL,
  `BillingState` varchar(255) NOT NULL,
  `BillingZip` varchar(255) NOT NULL,
  `PayToAddress` varchar(255) NOT NULL,
  `PayToAddress2` varchar(255) NOT NULL,
  `PayToCity` varchar(255) NOT NULL,
  `PayToState` varchar(255) NOT NULL,
  `PayToZip` varchar(255) NOT NULL,
  `UseBillAddrOnClaims` tinyint(4) NOT NULL,
  `Region` bigint(20) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `IsInsVerifyExcluded` tinyint(4) NOT NULL,
  `Abbr` varchar(255) NOT NULL,
  `MedLabAccountNum` varchar(16) NOT NULL,
  `IsConfirmEnabled` tinyint(4) NOT NULL,
  `IsConfirmDefault` tinyint(4) NOT NULL,
  `IsNewPatApptExcluded` tinyint(4) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `ExternalID` bigint(20) NOT NULL,
  `SchedNote` varchar(255) NOT NULL,
  `HasProcOnRx` tinyint(4) NOT NULL,
  `TimeZone` varchar(75) NOT NULL,
  `EmailAliasOverride` varchar(255) NOT NULL,
  PRIMARY KEY (`ClinicNum`),
  KEY `EmailAddressNum` (`EmailAddressNum`),
  KEY `DefaultProv` (`DefaultProv`),
  KEY `Region` (`Region`),
  KEY `ExternalID` (`ExternalID`),
  KEY `InsBillingProv` (`InsBillingProv`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `clinicerx` (
  `ClinicErxNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ClinicDesc` varchar(255) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `EnabledStatus` tinyint(4) NOT NULL,
  `ClinicId` varchar(255) NOT NULL,
  `ClinicKey` varchar(255) NOT NULL,
  `AccountId` varchar(25) NOT NULL,
  `RegistrationKeyNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ClinicErxNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `RegistrationKeyNum` (`RegistrationKeyNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `clinicpref` (
  `ClinicPrefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClinicNum` bigint(20) NOT NULL,
  `PrefName` varchar(255) NOT NULL,
  `ValueString` text NOT NULL,
  PRIMARY KEY (`ClinicPrefNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `clockevent` (
  `ClockEventNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EmployeeNum` bigint(20) NOT NULL,
  `TimeEntered1` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TimeDisplayed1` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ClockStatus` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Note` text,
  `TimeEntered2` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TimeDisplayed2` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `OTimeHours` time NOT NULL,
  `OTimeAuto` time NOT NULL,
  `Adjust` time NOT NULL,
  `AdjustAuto` time NOT NULL,
  `AdjustIsOverridden` tinyint(4) NOT NULL,
  `Rate2Hours` time NOT NULL,
  `Rate2Auto` time NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `Rate3Hours` time NOT NULL DEFAULT '00:00:00',
  `Rate3Auto` time NOT NULL DEFAULT '00:00:00',
  `IsWorkingHome` tinyint(4) NOT NULL,
  PRIMARY KEY (`ClockEventNum`),
  KEY `TimeDisplayed1` (`TimeDisplayed1`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `EmployeeNum` (`EmployeeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `cloudaddress` (
  `CloudAddressNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `IpAddress` varchar(50) NOT NULL,
  `UserNumLastConnect` bigint(20) NOT NULL,
  `DateTimeLastConnect` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  KEY `UserNumLastConnect` (`UserNumLastConnect`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `codegroup` (
  `CodeGroupNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `GroupName` varchar(50) NOT NULL,
  `ProcCodes` text NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `CodeGroupFixed` tinyint(4) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `ShowInAgeLimit` tinyint(4) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `codesystem` (
  `CodeSystemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CodeSystemName` varchar(255) NOT NULL,
  `VersionCur` varchar(255) NOT NULL,
  `VersionAvail` varchar(255) NOT NULL,
  `HL7OID` varchar(255) NOT NULL,
  `Note` varchar(255) NOT NULL,
  PRIMARY KEY (`CodeSystemNum`),
  KEY `CodeSystemName` (`CodeSystemName`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `commlog` (
  `CommlogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `CommDateTime` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `CommType` bigint(20) NOT NULL,
  `Note` text,
  `Mode_` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `SentOrReceived` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `UserNum` bigint(20) NOT NULL,
  `Signature` text NOT NULL,
  `SigIsTopaz` tinyint(4) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DateTimeEnd` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `CommSource` tinyint(4) DEFAULT NULL,
  `ProgramNum` bigint(20) NOT NULL,
  `DateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ReferralNum` bigint(20) NOT NULL,
  `CommReferralBehavior` tinyint(4) NOT NULL,
  PRIMARY KEY (`CommlogNum`),
  KEY `PatNum` (`PatNum`),
  KEY `CommDateTime` (`CommDateTime`),
  KEY `CommType` (`CommType`),
  KEY `ProgramNum` (`ProgramNum`),
  KEY `indexPNCDateCType` (`PatNum`,`CommDateTime`,`CommType`),
  KEY `UserNum` (`UserNum`),
  KEY `ReferralNum` (`ReferralNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `commoptout` (
  `CommOptOutNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `OptOutSms` int(11) NOT NULL,
  `OptOutEmail` int(11) NOT NULL,
  PRIMARY KEY (`CommOptOutNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `computer` (
  `ComputerNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CompName` varchar(100) DEFAULT '',
  `LastHeartBeat` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`ComputerNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `computerpref` (
  `ComputerPrefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ComputerName` varchar(64) NOT NULL,
  `GraphicsUseHardware` tinyint(1) NOT NULL DEFAULT '0',
  `GraphicsSimple` tinyint(1) NOT NULL DEFAULT '0',
  `SensorType` varchar(255) DEFAULT 'D',
  `SensorBinned` tinyint(4) NOT NULL,
  `SensorPort` int(11) DEFAULT '0',
  `SensorExposure` int(11) DEFAULT '1',
  `GraphicsDoubleBuffering` tinyint(4) NOT NULL,
  `PreferredPixelFormatNum` int(11) DEFAULT '0',
  `AtoZpath` varchar(255) DEFAULT NULL,
  `TaskKeepListHidden` tinyint(1) NOT NULL,
  `TaskDock` int(11) NOT NULL DEFAULT '0',
  `TaskX` int(11) NOT NULL DEFAULT '900',
  `TaskY` int(11) NOT NULL DEFAULT '625',
  `DirectXFormat` varchar(255) DEFAULT '',
  `ScanDocSelectSource` tinyint(4) NOT NULL,
  `ScanDocShowOptions` tinyint(4) NOT NULL,
  `ScanDocDuplex` tinyint(4) NOT NULL,
  `ScanDocGrayscale` tinyint(4) NOT NULL,
  `ScanDocResolution` int(11) NOT NULL,
  `ScanDocQuality` tinyint(3) unsigned NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `ApptViewNum` bigint(20) NOT NULL,
  `RecentApptView` tinyint(3) unsigned NOT NULL,
  `PatSelectSearchMode` tinyint(4) NOT NULL,
  `NoShowLanguage` tinyint(4) NOT NULL,
  `NoShowDecimal` tinyint(4) NOT NULL,
  `ComputerOS` varchar(255) NOT NULL,
  `HelpButtonXAdjustment` double NOT NULL,
  `GraphicsUseDirectX11` tinyint(4) NOT NULL DEFAULT '0',
  `Zoom` int(11) NOT NULL DEFAULT '0',
  `VideoRectangle` varchar(255) NOT NULL,
  PRIMARY KEY (`ComputerPrefNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `ApptViewNum` (`ApptViewNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `confirmationrequest` (
  `ConfirmationRequestNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClinicNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ApptNum` bigint(20) NOT NULL,
  `DateTimeConfirmExpire` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ShortGUID` varchar(255) NOT NULL,
  `ConfirmCode` varchar(255) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeConfirmTransmit` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeRSVP` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `RSVPStatus` tinyint(4) NOT NULL,
  `ResponseDescript` text NOT NULL,
  `GuidMessageFromMobile` text NOT NULL,
  `ApptDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TSPrior` bigint(20) NOT NULL,
  `DoNotResend` tinyint(4) NOT NULL,
  `SendStatus` tinyint(4) NOT NULL,
  `ApptReminderRuleNum` bigint(20) NOT NULL,
  `MessageType` tinyint(4) NOT NULL,
  `MessageFk` bigint(20) NOT NULL,
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`ConfirmationRequestNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ApptNum` (`ApptNum`),
  KEY `TSPrior` (`TSPrior`),
  KEY `ApptReminderRuleNum` (`ApptReminderRuleNum`),
  KEY `MessageFk` (`MessageFk`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `connectiongroup` (
  `ConnectionGroupNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  PRIMARY KEY (`ConnectionGroupNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `conngroupattach` (
  `ConnGroupAttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ConnectionGroupNum` bigint(20) NOT NULL,
  `CentralConnectionNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ConnGroupAttachNum`),
  KEY `ConnectionGroupNum` (`ConnectionGroupNum`),
  KEY `CentralConnectionNum` (`CentralConnectionNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `contact` (
  `ContactNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `LName` varchar(255) DEFAULT '',
  `FName` varchar(255) DEFAULT '',
  `WkPhone` varchar(255) DEFAULT '',
  `Fax` varchar(255) DEFAULT '',
  `Category` bigint(20) NOT NULL,
  `Notes` text,
  PRIMARY KEY (`ContactNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `county` (
  `CountyNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CountyName` varchar(255) NOT NULL DEFAULT '',
  `CountyCode` varchar(255) DEFAULT '',
  PRIMARY KEY (`CountyNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `covcat` (
  `CovCatNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(50) DEFAULT '',
  `DefaultPercent` smallint(6) NOT NULL,
  `CovOrder` int(11) NOT NULL,
  `IsHidden` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `EbenefitCat` tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`CovCatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `covspan` (
  `CovSpanNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CovCatNum` bigint(20) NOT NULL,
  `FromCode` varchar(15) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT '',
  `ToCode` varchar(15) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT '',
  PRIMARY KEY (`CovSpanNum`),
  KEY `CovCatNum` (`CovCatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `cpt` (
  `CptNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CptCode` varchar(255) NOT NULL,
  `Description` varchar(4000) NOT NULL,
  `VersionIDs` varchar(255) NOT NULL,
  PRIMARY KEY (`CptNum`),
  KEY `CptCode` (`CptCode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `creditcard` (
  `CreditCardNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `Address` varchar(255) DEFAULT NULL,
  `Zip` varchar(255) DEFAULT NULL,
  `XChargeToken` varchar(255) DEFAULT NULL,
  `CCNumberMasked` varchar(255) DEFAULT NULL,
  `CCExpiration` date NOT NULL DEFAULT '0001-01-01',
  `ItemOrder` int(11) NOT NULL,
  `ChargeAmt` double NOT NULL,
  `DateStart` date NOT NULL DEFAULT '0001-01-01',
  `DateStop` date NOT NULL DEFAULT '0001-01-01',
  `Note` varchar(255) NOT NULL,
  `PayPlanNum` bigint(20) NOT NULL,
  `PayConnectToken` varchar(255) NOT NULL,
  `PayConnectTokenExp` date NOT NULL DEFAULT '0001-01-01',
  `Procedures` text NOT NULL,
  `CCSource` tinyint(4) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `ExcludeProcSync` tinyint(4) NOT NULL,
  `PaySimpleToken` varchar(255) NOT NULL,
  `ChargeFrequency` varchar(150) NOT NULL,
  `CanChargeWhenNoBal` tinyint(4) NOT NULL,
  `PaymentType` bigint(20) NOT NULL,
  `IsRecurringActive` tinyint(4) NOT NULL,
  `Nickname` varchar(255) NOT NULL,
  PRIMARY KEY (`CreditCardNum`),
  KEY `PatNum` (`PatNum`),
  KEY `PayPlanNum` (`PayPlanNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `PaymentType` (`PaymentType`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `custrefentry` (
  `CustRefEntryNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNumCust` bigint(20) NOT NULL,
  `PatNumRef` bigint(20) NOT NULL,
  `DateEntry` date NOT NULL DEFAULT '0001-01-01',
  `Note` varchar(255) NOT NULL,
  PRIMARY KEY (`CustRefEntryNum`),
  KEY `PatNumCust` (`PatNumCust`),
  KEY `PatNumRef` (`PatNumRef`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `custreference` (
  `CustReferenceNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DateMostRecent` date NOT NULL DEFAULT '0001-01-01',
  `Note` varchar(255) NOT NULL,
  `IsBadRef` tinyint(4) NOT NULL,
  PRIMARY KEY (`CustReferenceNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `cvx` (
  `CvxNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CvxCode` varchar(255) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `IsActive` varchar(255) NOT NULL,
  PRIMARY KEY (`CvxNum`),
  KEY `CvxCode` (`CvxCode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `dashboardar` (
  `DashboardARNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DateCalc` date NOT NULL DEFAULT '0001-01-01',
  `BalTotal` double NOT NULL,
  `InsEst` double NOT NULL,
  PRIMARY KEY (`DashboardARNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `dashboardcell` (
  `DashboardCellNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DashboardLayoutNum` bigint(20) NOT NULL,
  `CellRow` int(11) NOT NULL,
  `CellColumn` int(11) NOT NULL,
  `CellType` varchar(255) NOT NULL,
  `CellSettings` text NOT NULL,
  `LastQueryTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `LastQueryData` text NOT NULL,
  `RefreshRateSeconds` int(11) NOT NULL,
  PRIMARY KEY (`DashboardCellNum`),
  KEY `DashboardLayoutNum` (`DashboardLayoutNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `dashboardlayout` (
  `DashboardLayoutNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `UserGroupNum` bigint(20) NOT NULL,
  `DashboardTabName` varchar(255) NOT NULL,
  `DashboardTabOrder` int(11) NOT NULL,
  `DashboardRows` int(11) NOT NULL,
  `DashboardColumns` int(11) NOT NULL,
  `DashboardGroupName` varchar(255) NOT NULL,
  PRIMARY KEY (`DashboardLayoutNum`),
  KEY `UserNum` (`UserNum`),
  KEY `UserGroupNum` (`UserGroupNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `databasemaintenance` (
  `DatabaseMaintenanceNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MethodName` varchar(255) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `IsOld` tinyint(4) NOT NULL,
  `DateLastRun` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`DatabaseMaintenanceNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `dbmlog` (
  `DbmLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `FKeyType` tinyint(4) NOT NULL,
  `ActionType` tinyint(4) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `MethodName` varchar(255) NOT NULL,
  `LogText` text NOT NULL,
  PRIMARY KEY (`DbmLogNum`),
  KEY `UserNum` (`UserNum`),
  KEY `FKeyAndType` (`FKey`,`FKeyType`),
  KEY `DateTimeEntry` (`DateTimeEntry`),
  KEY `MethodName` (`MethodName`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `definition` (
  `DefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Category` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ItemOrder` smallint(5) unsigned NOT NULL DEFAULT '0',
  `ItemName` varchar(255) DEFAULT '',
  `ItemValue` varchar(255) DEFAULT '',
  `ItemColor` int(11) NOT NULL DEFAULT '0',
  `IsHidden` tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`DefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `deflink` (
  `DefLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DefNum` bigint(20) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `LinkType` tinyint(4) NOT NULL,
  PRIMARY KEY (`DefLinkNum`),
  KEY `DefNum` (`DefNum`),
  KEY `FKey` (`FKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `deletedobject` (
  `DeletedObjectNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ObjectNum` bigint(20) NOT NULL,
  `ObjectType` int(11) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`DeletedObjectNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `deposit` (
  `DepositNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DateDeposit` date NOT NULL DEFAULT '0001-01-01',
  `BankAccountInfo` text,
  `Amount` double NOT NULL DEFAULT '0',
  `Memo` varchar(255) NOT NULL,
  `Batch` varchar(25) NOT NULL,
  `DepositAccountNum` bigint(20) NOT NULL,
  `IsSentToQuickBooksOnline` tinyint(4) NOT NULL,
  PRIMARY KEY (`DepositNum`),
  KEY `DepositAccountNum` (`DepositAccountNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `dictcustom` (
  `DictCustomNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `WordText` varchar(255) NOT NULL,
  PRIMARY KEY (`DictCustomNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `discountplan` (
  `DiscountPlanNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  `FeeSchedNum` bigint(20) NOT NULL,
  `DefNum` bigint(20) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `PlanNote` text NOT NULL,
  `ExamFreqLimit` int(11) NOT NULL,
  `XrayFreqLimit` int(11) NOT NULL,
  `ProphyFreqLimit` int(11) NOT NULL,
  `FluorideFreqLimit` int(11) NOT NULL,
  `PerioFreqLimit` int(11) NOT NULL,
  `LimitedExamFreqLimit` int(11) NOT NULL,
  `PAFreqLimit` int(11) NOT NULL,
  `AnnualMax` double NOT NULL DEFAULT '-1',
  PRIMARY KEY (`DiscountPlanNum`),
  KEY `FeeSchedNum` (`FeeSchedNum`),
  KEY `DefNum` (`DefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `discountplansub` (
  `DiscountSubNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DiscountPlanNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `DateEffective` date NOT NULL DEFAULT '0001-01-01',
  `DateTerm` date NOT NULL DEFAULT '0001-01-01',
  `SubNote` text NOT NULL,
  PRIMARY KEY (`DiscountSubNum`),
  KEY `DiscountPlanNum` (`DiscountPlanNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `disease` (
  `DiseaseNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DiseaseDefNum` bigint(20) NOT NULL,
  `PatNote` text,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ProbStatus` tinyint(4) NOT NULL,
  `DateStart` date NOT NULL DEFAULT '0001-01-01',
  `DateStop` date NOT NULL DEFAULT '0001-01-01',
  `SnomedProblemType` varchar(255) NOT NULL,
  `FunctionStatus` tinyint(4) NOT NULL,
  PRIMARY KEY (`DiseaseNum`),
  KEY `indexPatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `diseasedef` (
  `DiseaseDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DiseaseName` varchar(255) DEFAULT '',
  `ItemOrder` smallint(5) unsigned NOT NULL,
  `IsHidden` tinyint(3) unsigned NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ICD9Code` varchar(255) NOT NULL,
  `SnomedCode` varchar(255) NOT NULL,
  `Icd10Code` varchar(255) NOT NULL,
  PRIMARY KEY (`DiseaseDefNum`),
  KEY `ICD9Code` (`ICD9Code`),
  KEY `SnomedCode` (`SnomedCode`),
  KEY `Icd10Code` (`Icd10Code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `displayfield` (
  `DisplayFieldNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `InternalName` varchar(255) DEFAULT NULL,
  `ItemOrder` int(11) NOT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `ColumnWidth` int(11) NOT NULL,
  `Category` int(11) NOT NULL DEFAULT '0',
  `ChartViewNum` bigint(20) NOT NULL,
  `PickList` text NOT NULL,
  `DescriptionOverride` varchar(255) NOT NULL,
  PRIMARY KEY (`DisplayFieldNum`),
  KEY `ChartViewNum` (`ChartViewNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `displayreport` (
  `DisplayReportNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `InternalName` varchar(255) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `Category` tinyint(4) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `IsVisibleInSubMenu` tinyint(4) NOT NULL,
  PRIMARY KEY (`DisplayReportNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `dispsupply` (
  `DispSupplyNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SupplyNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `DateDispensed` date NOT NULL DEFAULT '0001-01-01',
  `DispQuantity` float NOT NULL,
  `Note` text NOT NULL,
  PRIMARY KEY (`DispSupplyNum`),
  KEY `SupplyNum` (`SupplyNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `document` (
  `DocNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `DateCreated` datetime NOT NULL,
  `DocCategory` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `FileName` varchar(255) DEFAULT '',
  `ImgType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `IsFlipped` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `DegreesRotated` float NOT NULL,
  `ToothNumbers` varchar(255) DEFAULT '',
  `Note` mediumtext NOT NULL,
  `SigIsTopaz` tinyint(3) unsigned NOT NULL,
  `Signature` text,
  `CropX` int(11) NOT NULL,
  `CropY` int(11) NOT NULL,
  `CropW` int(11) NOT NULL,
  `CropH` int(11) NOT NULL,
  `WindowingMin` int(11) NOT NULL,
  `WindowingMax` int(11) NOT NULL,
  `MountItemNum` bigint(20) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `RawBase64` mediumtext NOT NULL,
  `Thumbnail` text NOT NULL,
  `ExternalGUID` varchar(255) NOT NULL,
  `ExternalSource` varchar(255) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `IsCropOld` tinyint NOT NULL,
  `OcrResponseData` text NOT NULL,
  `ImageCaptureType` tinyint(4) NOT NULL,
  `PrintHeading` tinyint(4) NOT NULL,
  PRIMARY KEY (`DocNum`),
  KEY `PatNum` (`PatNum`),
  KEY `PNDC` (`PatNum`,`DocCategory`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `documentmisc` (
  `DocMiscNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DateCreated` date NOT NULL DEFAULT '0001-01-01',
  `FileName` varchar(255) NOT NULL,
  `DocMiscType` tinyint(4) NOT NULL,
  `RawBase64` longtext NOT NULL,
  PRIMARY KEY (`DocMiscNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `drugmanufacturer` (
  `DrugManufacturerNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ManufacturerName` varchar(255) NOT NULL,
  `ManufacturerCode` varchar(20) NOT NULL,
  PRIMARY KEY (`DrugManufacturerNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `drugunit` (
  `DrugUnitNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UnitIdentifier` varchar(20) NOT NULL,
  `UnitText` varchar(255) NOT NULL,
  PRIMARY KEY (`DrugUnitNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `dunning` (
  `DunningNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DunMessage` text,
  `BillingType` bigint(20) NOT NULL,
  `AgeAccount` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `InsIsPending` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `MessageBold` text,
  `EmailSubject` varchar(255) NOT NULL,
  `EmailBody` mediumtext NOT NULL,
  `DaysInAdvance` int(11) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `IsSuperFamily` tinyint(4) NOT NULL,
  PRIMARY KEY (`DunningNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ebill` (
  `EbillNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClinicNum` bigint(20) NOT NULL,
  `ClientAcctNumber` varchar(255) NOT NULL,
  `ElectUserName` varchar(255) NOT NULL,
  `ElectPassword` varchar(255) NOT NULL,
  `PracticeAddress` tinyint(4) NOT NULL,
  `RemitAddress` tinyint(4) NOT NULL,
  PRIMARY KEY (`EbillNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eclipboardimagecapture` (
  `EClipboardImageCaptureNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PatNum` bigint(20) NOT NULL,
  `DefNum` bigint(20) NOT NULL,
  `IsSelfPortrait` tinyint(4) NOT NULL,
  `DateTimeUpserted` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DocNum` bigint(20) NOT NULL,
  `OcrCaptureType` tinyint(4) NOT NULL,
  KEY `PatNum` (`PatNum`),
  KEY `DefNum` (`DefNum`),
  KEY `DocNum` (`DocNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eclipboardimagecapturedef` (
  `EClipboardImageCaptureDefNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `DefNum` bigint(20) NOT NULL,
  `IsSelfPortrait` tinyint(4) NOT NULL,
  `FrequencyDays` int(11) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `OcrCaptureType` tinyint(4) NOT NULL,
  KEY `DefNum` (`DefNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eclipboardsheetdef` (
  `EClipboardSheetDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SheetDefNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `ResubmitInterval` bigint(20) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `PrefillStatus` tinyint(4) NOT NULL,
  `MinAge` int(11) NOT NULL,
  `MaxAge` int(11) NOT NULL,
  `IgnoreSheetDefNums` text NOT NULL,
  `PrefillStatusOverride` bigint(20) NOT NULL,
  `EFormDefNum` bigint(20) NOT NULL,
  PRIMARY KEY (`EClipboardSheetDefNum`),
  KEY `SheetDefNum` (`SheetDefNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `ResubmitInterval` (`ResubmitInterval`),
  KEY `PrefillStatusOverride` (`PrefillStatusOverride`),
  KEY `EFormDefNum` (`EFormDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eduresource` (
  `EduResourceNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DiseaseDefNum` bigint(20) NOT NULL,
  `MedicationNum` bigint(20) NOT NULL,
  `LabResultID` varchar(255) NOT NULL,
  `LabResultName` varchar(255) NOT NULL,
  `LabResultCompare` varchar(255) NOT NULL,
  `ResourceUrl` varchar(255) NOT NULL,
  `SmokingSnoMed` varchar(255) NOT NULL,
  PRIMARY KEY (`EduResourceNum`),
  KEY `DiseaseDefNum` (`DiseaseDefNum`),
  KEY `MedicationNum` (`MedicationNum`),
  KEY `LabResultID` (`LabResultID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eform` (
  `EFormNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `FormType` tinyint(4) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `DateTimeShown` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Description` varchar(255) NOT NULL,
  `DateTEdited` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `MaxWidth` int(11) NOT NULL,
  `EFormDefNum` bigint(20) NOT NULL,
  `Status` tinyint(4) NOT NULL,
  `RevID` int(11) NOT NULL,
  `ShowLabelsBold` tinyint(4) NOT NULL,
  `SpaceBelowEachField` int(11) NOT NULL,
  `SpaceToRightEachField` int(11) NOT NULL,
  `SaveImageCategory` bigint(20) NOT NULL,
  KEY `PatNum` (`PatNum`),
  KEY `EFormDefNum` (`EFormDefNum`),
  KEY `SaveImageCategory` (`SaveImageCategory`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eformdef` (
  `EFormDefNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `FormType` tinyint(4) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `DateTCreated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `IsInternalHidden` tinyint(4) NOT NULL,
  `MaxWidth` int(11) NOT NULL,
  `RevID` int(11) NOT NULL,
  `ShowLabelsBold` tinyint(4) NOT NULL,
  `SpaceBelowEachField` int(11) NOT NULL,
  `SpaceToRightEachField` int(11) NOT NULL,
  `SaveImageCategory` bigint(20) NOT NULL,
  KEY `SaveImageCategory` (`SaveImageCategory`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eformfield` (
  `EFormFieldNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `EFormNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `FieldType` tinyint(4) NOT NULL,
  `DbLink` varchar(255) NOT NULL,
  `ValueLabel` text NOT NULL,
  `ValueString` text NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `PickListVis` varchar(255) NOT NULL,
  `PickListDb` varchar(255) NOT NULL,
  `IsHorizStacking` tinyint(4) NOT NULL,
  `IsTextWrap` tinyint(4) NOT NULL,
  `Width` int(11) NOT NULL,
  `FontScale` int(11) NOT NULL,
  `IsRequired` tinyint(4) NOT NULL,
  `ConditionalParent` varchar(255) NOT NULL,
  `ConditionalValue` varchar(255) NOT NULL,
  `LabelAlign` tinyint(4) NOT NULL,
  `SpaceBelow` int(11) NOT NULL,
  `ReportableName` varchar(255) NOT NULL,
  `IsLocked` tinyint(4) NOT NULL,
  `Border` tinyint(4) NOT NULL,
  `IsWidthPercentage` tinyint(4) NOT NULL,
  `MinWidth` int(11) NOT NULL,
  `WidthLabel` int(11) NOT NULL,
  `SpaceToRight` int(11) NOT NULL,
  KEY `EFormNum` (`EFormNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eformfielddef` (
  `EFormFieldDefNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `EFormDefNum` bigint(20) NOT NULL,
  `FieldType` tinyint(4) NOT NULL,
  `DbLink` varchar(255) NOT NULL,
  `ValueLabel` text NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `PickListVis` varchar(255) NOT NULL,
  `PickListDb` varchar(255) NOT NULL,
  `IsHorizStacking` tinyint(4) NOT NULL,
  `IsTextWrap` tinyint(4) NOT NULL,
  `Width` int(11) NOT NULL,
  `FontScale` int(11) NOT NULL,
  `IsRequired` tinyint(4) NOT NULL,
  `ConditionalParent` varchar(255) NOT NULL,
  `ConditionalValue` varchar(255) NOT NULL,
  `LabelAlign` tinyint(4) NOT NULL,
  `SpaceBelow` int(11) NOT NULL,
  `ReportableName` varchar(255) NOT NULL,
  `IsLocked` tinyint(4) NOT NULL,
  `Border` tinyint(4) NOT NULL,
  `IsWidthPercentage` tinyint(4) NOT NULL,
  `MinWidth` int(11) NOT NULL,
  `WidthLabel` int(11) NOT NULL,
  `SpaceToRight` int(11) NOT NULL,
  KEY `EFormDefNum` (`EFormDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eformimportrule` (
  `EFormImportRuleNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `FieldName` varchar(255) NOT NULL,
  `Situation` tinyint(4) NOT NULL,
  `Action` tinyint(4) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehramendment` (
  `EhrAmendmentNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `IsAccepted` tinyint(4) NOT NULL,
  `Description` text NOT NULL,
  `Source` tinyint(4) NOT NULL,
  `SourceName` text NOT NULL,
  `FileName` varchar(255) NOT NULL,
  `RawBase64` longtext NOT NULL,
  `DateTRequest` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTAcceptDeny` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTAppend` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`EhrAmendmentNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehraptobs` (
  `EhrAptObsNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AptNum` bigint(20) NOT NULL,
  `IdentifyingCode` tinyint(4) NOT NULL,
  `ValType` tinyint(4) NOT NULL,
  `ValReported` varchar(255) NOT NULL,
  `UcumCode` varchar(255) NOT NULL,
  `ValCodeSystem` varchar(255) NOT NULL,
  PRIMARY KEY (`EhrAptObsNum`),
  KEY `AptNum` (`AptNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrcareplan` (
  `EhrCarePlanNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `SnomedEducation` varchar(255) NOT NULL,
  `Instructions` varchar(255) NOT NULL,
  `DatePlanned` date NOT NULL DEFAULT '0001-01-01',
  PRIMARY KEY (`EhrCarePlanNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrlab` (
  `EhrLabNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `OrderControlCode` varchar(255) NOT NULL,
  `PlacerOrderNum` varchar(255) NOT NULL,
  `PlacerOrderNamespace` varchar(255) NOT NULL,
  `PlacerOrderUniversalID` varchar(255) NOT NULL,
  `PlacerOrderUniversalIDType` varchar(255) NOT NULL,
  `FillerOrderNum` varchar(255) NOT NULL,
  `FillerOrderNamespace` varchar(255) NOT NULL,
  `FillerOrderUniversalID` varchar(255) NOT NULL,
  `FillerOrderUniversalIDType` varchar(255) NOT NULL,
  `PlacerGroupNum` varchar(255) NOT NULL,
  `PlacerGroupNamespace` varchar(255) NOT NULL,
  `PlacerGroupUniversalID` varchar(255) NOT NULL,
  `PlacerGroupUniversalIDType` varchar(255) NOT NULL,
  `OrderingProviderID` varchar(255) NOT NULL,
  `OrderingProviderLName` varchar(255) NOT NULL,
  `OrderingProviderFName` varchar(255) NOT NULL,
  `OrderingProviderMiddleNames` varchar(255) NOT NULL,
  `OrderingProviderSuffix` varchar(255) NOT NULL,
  `OrderingProviderPrefix` varchar(255) NOT NULL,
  `OrderingProviderAssigningAuthorityNamespaceID` varchar(255) NOT NULL,
  `OrderingProviderAssigningAuthorityUniversalID` varchar(255) NOT NULL,
  `OrderingProviderAssigningAuthorityIDType` varchar(255) NOT NULL,
  `OrderingProviderNameTypeCode` varchar(255) NOT NULL,
  `OrderingProviderIdentifierTypeCode` varchar(255) NOT NULL,
  `SetIdOBR` bigint(20) NOT NULL,
  `UsiID` varchar(255) NOT NULL,
  `UsiText` varchar(255) NOT NULL,
  `UsiCodeSystemName` varchar(255) NOT NULL,
  `UsiIDAlt` varchar(255) NOT NULL,
  `UsiTextAlt` varchar(255) NOT NULL,
  `UsiCodeSystemNameAlt` varchar(255) NOT NULL,
  `UsiTextOriginal` varchar(255) NOT NULL,
  `ObservationDateTimeStart` varchar(255) NOT NULL,
  `ObservationDateTimeEnd` varchar(255) NOT NULL,
  `SpecimenActionCode` varchar(255) NOT NULL,
  `ResultDateTime` varchar(255) NOT NULL,
  `ResultStatus` varchar(255) NOT NULL,
  `ParentObservationID` varchar(255) NOT NULL,
  `ParentObservationText` varchar(255) NOT NULL,
  `ParentObservationCodeSystemName` varchar(255) NOT NULL,
  `ParentObservationIDAlt` varchar(255) NOT NULL,
  `ParentObservationTextAlt` varchar(255) NOT NULL,
  `ParentObservationCodeSystemNameAlt` varchar(255) NOT NULL,
  `ParentObservationTextOriginal` varchar(255) NOT NULL,
  `ParentObservationSubID` varchar(255) NOT NULL,
  `ParentPlacerOrderNum` varchar(255) NOT NULL,
  `ParentPlacerOrderNamespace` varchar(255) NOT NULL,
  `ParentPlacerOrderUniversalID` varchar(255) NOT NULL,
  `ParentPlacerOrderUniversalIDType` varchar(255) NOT NULL,
  `ParentFillerOrderNum` varchar(255) NOT NULL,
  `ParentFillerOrderNamespace` varchar(255) NOT NULL,
  `ParentFillerOrderUniversalID` varchar(255) NOT NULL,
  `ParentFillerOrderUniversalIDType` varchar(255) NOT NULL,
  `ListEhrLabResultsHandlingF` tinyint(4) NOT NULL,
  `ListEhrLabResultsHandlingN` tinyint(4) NOT NULL,
  `TQ1SetId` bigint(20) NOT NULL,
  `TQ1DateTimeStart` varchar(255) NOT NULL,
  `TQ1DateTimeEnd` varchar(255) NOT NULL,
  `IsCpoe` tinyint(4) NOT NULL,
  `OriginalPIDSegment` text NOT NULL,
  PRIMARY KEY (`EhrLabNum`),
  KEY `PatNum` (`PatNum`),
  KEY `SetIdOBR` (`SetIdOBR`),
  KEY `TQ1SetId` (`TQ1SetId`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrlabclinicalinfo` (
  `EhrLabClinicalInfoNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EhrLabNum` bigint(20) NOT NULL,
  `ClinicalInfoID` varchar(255) NOT NULL,
  `ClinicalInfoText` varchar(255) NOT NULL,
  `ClinicalInfoCodeSystemName` varchar(255) NOT NULL,
  `ClinicalInfoIDAlt` varchar(255) NOT NULL,
  `ClinicalInfoTextAlt` varchar(255) NOT NULL,
  `ClinicalInfoCodeSystemNameAlt` varchar(255) NOT NULL,
  `ClinicalInfoTextOriginal` varchar(255) NOT NULL,
  PRIMARY KEY (`EhrLabClinicalInfoNum`),
  KEY `EhrLabNum` (`EhrLabNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrlabimage` (
  `EhrLabImageNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EhrLabNum` bigint(20) NOT NULL,
  `DocNum` bigint(20) NOT NULL,
  PRIMARY KEY (`EhrLabImageNum`),
  KEY `EhrLabNum` (`EhrLabNum`),
  KEY `DocNum` (`DocNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrlabnote` (
  `EhrLabNoteNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EhrLabNum` bigint(20) NOT NULL,
  `EhrLabResultNum` bigint(20) NOT NULL,
  `Comments` text NOT NULL,
  PRIMARY KEY (`EhrLabNoteNum`),
  KEY `EhrLabNum` (`EhrLabNum`),
  KEY `EhrLabResultNum` (`EhrLabResultNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrlabresult` (
  `EhrLabResultNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EhrLabNum` bigint(20) NOT NULL,
  `SetIdOBX` bigint(20) NOT NULL,
  `ValueType` varchar(255) NOT NULL,
  `ObservationIdentifierID` varchar(255) NOT NULL,
  `ObservationIdentifierText` varchar(255) NOT NULL,
  `ObservationIdentifierCodeSystemName` varchar(255) NOT NULL,
  `ObservationIdentifierIDAlt` varchar(255) NOT NULL,
  `ObservationIdentifierTextAlt` varchar(255) NOT NULL,
  `ObservationIdentifierCodeSystemNameAlt` varchar(255) NOT NULL,
  `ObservationIdentifierTextOriginal` varchar(255) NOT NULL,
  `ObservationIdentifierSub` varchar(255) NOT NULL,
  `ObservationValueCodedElementID` varchar(255) NOT NULL,
  `ObservationValueCodedElementText` varchar(255) NOT NULL,
  `ObservationValueCodedElementCodeSystemName` varchar(255) NOT NULL,
  `ObservationValueCodedElementIDAlt` varchar(255) NOT NULL,
  `ObservationValueCodedElementTextAlt` varchar(255) NOT NULL,
  `ObservationValueCodedElementCodeSystemNameAlt` varchar(255) NOT NULL,
  `ObservationValueCodedElementTextOriginal` varchar(255) NOT NULL,
  `ObservationValueDateTime` varchar(255) NOT NULL,
  `ObservationValueTime` time NOT NULL DEFAULT '00:00:00',
  `ObservationValueComparator` varchar(255) NOT NULL,
  `ObservationValueNumber1` double NOT NULL,
  `ObservationValueSeparatorOrSuffix` varchar(255) NOT NULL,
  `ObservationValueNumber2` double NOT NULL,
  `ObservationValueNumeric` double NOT NULL,
  `ObservationValueText` varchar(255) NOT NULL,
  `UnitsID` varchar(255) NOT NULL,
  `UnitsText` varchar(255) NOT NULL,
  `UnitsCodeSystemName` varchar(255) NOT NULL,
  `UnitsIDAlt` varchar(255) NOT NULL,
  `UnitsTextAlt` varchar(255) NOT NULL,
  `UnitsCodeSystemNameAlt` varchar(255) NOT NULL,
  `UnitsTextOriginal` varchar(255) NOT NULL,
  `referenceRange` varchar(255) NOT NULL,
  `AbnormalFlags` varchar(255) NOT NULL,
  `ObservationResultStatus` varchar(255) NOT NULL,
  `ObservationDateTime` varchar(255) NOT NULL,
  `AnalysisDateTime` varchar(255) NOT NULL,
  `PerformingOrganizationName` varchar(255) NOT NULL,
  `PerformingOrganizationNameAssigningAuthorityNamespaceId` varchar(255) NOT NULL,
  `PerformingOrganizationNameAssigningAuthorityUniversalId` varchar(255) NOT NULL,
  `PerformingOrganizationNameAssigningAuthorityUniversalIdType` varchar(255) NOT NULL,
  `PerformingOrganizationIdentifierTypeCode` varchar(255) NOT NULL,
  `PerformingOrganizationIdentifier` varchar(255) NOT NULL,
  `PerformingOrganizationAddressStreet` varchar(255) NOT NULL,
  `PerformingOrganizationAddressOtherDesignation` varchar(255) NOT NULL,
  `PerformingOrganizationAddressCity` varchar(255) NOT NULL,
  `PerformingOrganizationAddressStateOrProvince` varchar(255) NOT NULL,
  `PerformingOrganizationAddressZipOrPostalCode` varchar(255) NOT NULL,
  `PerformingOrganizationAddressCountryCode` varchar(255) NOT NULL,
  `PerformingOrganizationAddressAddressType` varchar(255) NOT NULL,
  `PerformingOrganizationAddressCountyOrParishCode` varchar(255) NOT NULL,
  `MedicalDirectorID` varchar(255) NOT NULL,
  `MedicalDirectorLName` varchar(255) NOT NULL,
  `MedicalDirectorFName` varchar(255) NOT NULL,
  `MedicalDirectorMiddleNames` varchar(255) NOT NULL,
  `MedicalDirectorSuffix` varchar(255) NOT NULL,
  `MedicalDirectorPrefix` varchar(255) NOT NULL,
  `MedicalDirectorAssigningAuthorityNamespaceID` varchar(255) NOT NULL,
  `MedicalDirectorAssigningAuthorityUniversalID` varchar(255) NOT NULL,
  `MedicalDirectorAssigningAuthorityIDType` varchar(255) NOT NULL,
  `MedicalDirectorNameTypeCode` varchar(255) NOT NULL,
  `MedicalDirectorIdentifierTypeCode` varchar(255) NOT NULL,
  PRIMARY KEY (`EhrLabResultNum`),
  KEY `EhrLabNum` (`EhrLabNum`),
  KEY `SetIdOBX` (`SetIdOBX`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrlabresultscopyto` (
  `EhrLabResultsCopyToNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EhrLabNum` bigint(20) NOT NULL,
  `CopyToID` varchar(255) NOT NULL,
  `CopyToLName` varchar(255) NOT NULL,
  `CopyToFName` varchar(255) NOT NULL,
  `CopyToMiddleNames` varchar(255) NOT NULL,
  `CopyToSuffix` varchar(255) NOT NULL,
  `CopyToPrefix` varchar(255) NOT NULL,
  `CopyToAssigningAuthorityNamespaceID` varchar(255) NOT NULL,
  `CopyToAssigningAuthorityUniversalID` varchar(255) NOT NULL,
  `CopyToAssigningAuthorityIDType` varchar(255) NOT NULL,
  `CopyToNameTypeCode` varchar(255) NOT NULL,
  `CopyToIdentifierTypeCode` varchar(255) NOT NULL,
  PRIMARY KEY (`EhrLabResultsCopyToNum`),
  KEY `EhrLabNum` (`EhrLabNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrlabspecimen` (
  `EhrLabSpecimenNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EhrLabNum` bigint(20) NOT NULL,
  `SetIdSPM` bigint(20) NOT NULL,
  `SpecimenTypeID` varchar(255) NOT NULL,
  `SpecimenTypeText` varchar(255) NOT NULL,
  `SpecimenTypeCodeSystemName` varchar(255) NOT NULL,
  `SpecimenTypeIDAlt` varchar(255) NOT NULL,
  `SpecimenTypeTextAlt` varchar(255) NOT NULL,
  `SpecimenTypeCodeSystemNameAlt` varchar(255) NOT NULL,
  `SpecimenTypeTextOriginal` varchar(255) NOT NULL,
  `CollectionDateTimeStart` varchar(255) NOT NULL,
  `CollectionDateTimeEnd` varchar(255) NOT NULL,
  PRIMARY KEY (`EhrLabSpecimenNum`),
  KEY `EhrLabNum` (`EhrLabNum`),
  KEY `SetIdSPM` (`SetIdSPM`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrlabspecimencondition` (
  `EhrLabSpecimenConditionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EhrLabSpecimenNum` bigint(20) NOT NULL,
  `SpecimenConditionID` varchar(255) NOT NULL,
  `SpecimenConditionText` varchar(255) NOT NULL,
  `SpecimenConditionCodeSystemName` varchar(255) NOT NULL,
  `SpecimenConditionIDAlt` varchar(255) NOT NULL,
  `SpecimenConditionTextAlt` varchar(255) NOT NULL,
  `SpecimenConditionCodeSystemNameAlt` varchar(255) NOT NULL,
  `SpecimenConditionTextOriginal` varchar(255) NOT NULL,
  PRIMARY KEY (`EhrLabSpecimenConditionNum`),
  KEY `EhrLabSpecimenNum` (`EhrLabSpecimenNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrlabspecimenrejectreason` (
  `EhrLabSpecimenRejectReasonNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EhrLabSpecimenNum` bigint(20) NOT NULL,
  `SpecimenRejectReasonID` varchar(255) NOT NULL,
  `SpecimenRejectReasonText` varchar(255) NOT NULL,
  `SpecimenRejectReasonCodeSystemName` varchar(255) NOT NULL,
  `SpecimenRejectReasonIDAlt` varchar(255) NOT NULL,
  `SpecimenRejectReasonTextAlt` varchar(255) NOT NULL,
  `SpecimenRejectReasonCodeSystemNameAlt` varchar(255) NOT NULL,
  `SpecimenRejectReasonTextOriginal` varchar(255) NOT NULL,
  PRIMARY KEY (`EhrLabSpecimenRejectReasonNum`),
  KEY `EhrLabSpecimenNum` (`EhrLabSpecimenNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrmeasure` (
  `EhrMeasureNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MeasureType` tinyint(4) NOT NULL,
  `Numerator` smallint(6) NOT NULL,
  `Denominator` smallint(6) NOT NULL,
  PRIMARY KEY (`EhrMeasureNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrmeasureevent` (
  `EhrMeasureEventNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DateTEvent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `EventType` tinyint(4) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `MoreInfo` varchar(255) NOT NULL,
  `CodeValueEvent` varchar(30) NOT NULL,
  `CodeSystemEvent` varchar(30) NOT NULL,
  `CodeValueResult` varchar(30) NOT NULL,
  `CodeSystemResult` varchar(30) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `TobaccoCessationDesire` tinyint(3) unsigned NOT NULL,
  `DateStartTobacco` date NOT NULL DEFAULT '0001-01-01',
  PRIMARY KEY (`EhrMeasureEventNum`),
  KEY `PatNum` (`PatNum`),
  KEY `CodeValueEvent` (`CodeValueEvent`),
  KEY `CodeValueResult` (`CodeValueResult`),
  KEY `FKey` (`FKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrnotperformed` (
  `EhrNotPerformedNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `CodeValue` varchar(30) NOT NULL,
  `CodeSystem` varchar(30) NOT NULL,
  `CodeValueReason` varchar(30) NOT NULL,
  `CodeSystemReason` varchar(30) NOT NULL,
  `Note` text NOT NULL,
  `DateEntry` date NOT NULL DEFAULT '0001-01-01',
  PRIMARY KEY (`EhrNotPerformedNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `CodeValue` (`CodeValue`),
  KEY `CodeValueReason` (`CodeValueReason`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrpatient` (
  `PatNum` bigint(20) NOT NULL,
  `MotherMaidenFname` varchar(255) NOT NULL,
  `MotherMaidenLname` varchar(255) NOT NULL,
  `VacShareOk` tinyint(4) NOT NULL,
  `MedicaidState` varchar(50) NOT NULL,
  `SexualOrientation` varchar(255) NOT NULL,
  `GenderIdentity` varchar(255) NOT NULL,
  `SexualOrientationNote` varchar(255) NOT NULL,
  `GenderIdentityNote` varchar(255) NOT NULL,
  `DischargeDate` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrprovkey` (
  `EhrProvKeyNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `LName` varchar(255) NOT NULL,
  `FName` varchar(255) NOT NULL,
  `ProvKey` varchar(255) NOT NULL,
  `FullTimeEquiv` float NOT NULL,
  `Notes` text NOT NULL,
  `YearValue` int(11) NOT NULL,
  PRIMARY KEY (`EhrProvKeyNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrquarterlykey` (
  `EhrQuarterlyKeyNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `YearValue` int(11) NOT NULL,
  `QuarterValue` int(11) NOT NULL,
  `PracticeName` varchar(255) NOT NULL,
  `KeyValue` varchar(255) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `Notes` text NOT NULL,
  PRIMARY KEY (`EhrQuarterlyKeyNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrsummaryccd` (
  `EhrSummaryCcdNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DateSummary` date NOT NULL DEFAULT '0001-01-01',
  `ContentSummary` longtext NOT NULL,
  `EmailAttachNum` bigint(20) NOT NULL,
  PRIMARY KEY (`EhrSummaryCcdNum`),
  KEY `PatNum` (`PatNum`),
  KEY `EmailAttachNum` (`EmailAttachNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ehrtrigger` (
  `EhrTriggerNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  `ProblemSnomedList` text NOT NULL,
  `ProblemIcd9List` text NOT NULL,
  `ProblemIcd10List` text NOT NULL,
  `ProblemDefNumList` text NOT NULL,
  `MedicationNumList` text NOT NULL,
  `RxCuiList` text NOT NULL,
  `CvxList` text NOT NULL,
  `AllergyDefNumList` text NOT NULL,
  `DemographicsList` text NOT NULL,
  `LabLoincList` text NOT NULL,
  `VitalLoincList` text NOT NULL,
  `Instructions` text NOT NULL,
  `Bibliography` text NOT NULL,
  `Cardinality` tinyint(4) NOT NULL,
  PRIMARY KEY (`EhrTriggerNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `electid` (
  `ElectIDNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PayorID` varchar(255) DEFAULT '',
  `CarrierName` varchar(255) DEFAULT '',
  `IsMedicaid` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ProviderTypes` varchar(255) DEFAULT '',
  `Comments` text,
  `CommBridge` tinyint(4) NOT NULL,
  `Attributes` varchar(255) NOT NULL,
  PRIMARY KEY (`ElectIDNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `emailaddress` (
  `EmailAddressNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SMTPserver` varchar(255) NOT NULL,
  `EmailUsername` varchar(255) NOT NULL,
  `EmailPassword` varchar(255) NOT NULL,
  `ServerPort` int(11) NOT NULL,
  `UseSSL` tinyint(4) NOT NULL,
  `SenderAddress` varchar(255) NOT NULL,
  `Pop3ServerIncoming` varchar(255) NOT NULL,
  `ServerPortIncoming` int(11) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `AccessToken` varchar(2000) NOT NULL,
  `RefreshToken` text NOT NULL,
  `DownloadInbox` tinyint(4) NOT NULL,
  `QueryString` varchar(1000) NOT NULL,
  `AuthenticationType` tinyint(4) NOT NULL,
  PRIMARY KEY (`EmailAddressNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `emailattach` (
  `EmailAttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EmailMessageNum` bigint(20) NOT NULL,
  `DisplayedFileName` varchar(255) DEFAULT '',
  `ActualFileName` varchar(255) DEFAULT '',
  `EmailTemplateNum` bigint(20) NOT NULL,
  PRIMARY KEY (`EmailAttachNum`),
  KEY `EmailMessageNum` (`EmailMessageNum`),
  KEY `EmailTemplateNum` (`EmailTemplateNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `emailautograph` (
  `EmailAutographNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` text NOT NULL,
  `EmailAddress` varchar(255) NOT NULL,
  `AutographText` text NOT NULL,
  PRIMARY KEY (`EmailAutographNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `emailhostingtemplate` (
  `EmailHostingTemplateNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TemplateName` varchar(255) NOT NULL,
  `Subject` text NOT NULL,
  `BodyPlainText` mediumtext NOT NULL,
  `BodyHTML` mediumtext NOT NULL,
  `TemplateId` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `EmailTemplateType` varchar(255) NOT NULL,
  `TemplateType` varchar(255) NOT NULL,
  PRIMARY KEY (`EmailHostingTemplateNum`),
  KEY `TemplateId` (`TemplateId`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `emailmessage` (
  `EmailMessageNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ToAddress` text,
  `FromAddress` text,
  `Subject` text,
  `BodyText` longtext NOT NULL,
  `MsgDateTime` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `SentOrReceived` tinyint(3) unsigned NOT NULL,
  `RecipientAddress` varchar(255) NOT NULL,
  `RawEmailIn` longtext NOT NULL,
  `ProvNumWebMail` bigint(20) NOT NULL,
  `PatNumSubj` bigint(20) NOT NULL,
  `CcAddress` text NOT NULL,
  `BccAddress` text NOT NULL,
  `HideIn` tinyint(4) NOT NULL,
  `AptNum` bigint(20) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `HtmlType` tinyint(4) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `MsgType` varchar(255) NOT NULL,
  `FailReason` varchar(255) NOT NULL,
  PRIMARY KEY (`EmailMessageNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProvNumWebMail` (`ProvNumWebMail`),
  KEY `PatNumSubj` (`PatNumSubj`),
  KEY `AptNum` (`AptNum`),
  KEY `UserNum` (`UserNum`),
  KEY `MsgBoxCompound` (`MsgDateTime`,`SentOrReceived`),
  KEY `SentOrReceived` (`SentOrReceived`),
  KEY `MsgHistoricAddresses` (`SentOrReceived`,`RecipientAddress`(50),`FromAddress`(50)),
  KEY `SecDateTEntry` (`SecDateTEntry`),
  KEY `SecDateTEdit` (`SecDateTEdit`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `emailmessageuid` (
  `EmailMessageUidNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MsgId` text,
  `RecipientAddress` varchar(255) NOT NULL,
  PRIMARY KEY (`EmailMessageUidNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `emailsecure` (
  `EmailSecureNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClinicNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `EmailMessageNum` bigint(20) NOT NULL,
  `EmailChainFK` bigint(20) NOT NULL,
  `EmailFK` bigint(20) NOT NULL,
  `DateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`EmailSecureNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `PatNum` (`PatNum`),
  KEY `EmailMessageNum` (`EmailMessageNum`),
  KEY `EmailChainFK` (`EmailChainFK`),
  KEY `EmailFK` (`EmailFK`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `emailsecureattach` (
  `EmailSecureAttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClinicNum` bigint(20) NOT NULL,
  `EmailAttachNum` bigint(20) NOT NULL,
  `EmailSecureNum` bigint(20) NOT NULL,
  `AttachmentGuid` varchar(50) NOT NULL,
  `DisplayedFileName` varchar(255) NOT NULL,
  `Extension` varchar(255) NOT NULL,
  `DateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`EmailSecureAttachNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `EmailAttachNum` (`EmailAttachNum`),
  KEY `EmailSecureNum` (`EmailSecureNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `emailtemplate` (
  `EmailTemplateNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Subject` text,
  `BodyText` text,
  `Description` text NOT NULL,
  `TemplateType` tinyint(4) NOT NULL,
  PRIMARY KEY (`EmailTemplateNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `employee` (
  `EmployeeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `LName` varchar(255) DEFAULT '',
  `FName` varchar(255) DEFAULT '',
  `MiddleI` varchar(255) DEFAULT '',
  `IsHidden` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `ClockStatus` varchar(255) DEFAULT '',
  `PhoneExt` int(11) NOT NULL,
  `PayrollID` varchar(255) NOT NULL,
  `WirelessPhone` varchar(255) NOT NULL,
  `EmailWork` varchar(255) NOT NULL,
  `EmailPersonal` varchar(255) NOT NULL,
  `IsFurloughed` tinyint(4) NOT NULL,
  `IsWorkingHome` tinyint(4) NOT NULL,
  `ReportsTo` bigint(20) NOT NULL,
  PRIMARY KEY (`EmployeeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `employer` (
  `EmployerNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EmpName` varchar(255) DEFAULT '',
  `Address` varchar(255) DEFAULT '',
  `Address2` varchar(255) DEFAULT '',
  `City` varchar(255) DEFAULT '',
  `State` varchar(255) DEFAULT '',
  `Zip` varchar(255) DEFAULT '',
  `Phone` varchar(255) DEFAULT '',
  PRIMARY KEY (`EmployerNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `encounter` (
  `EncounterNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `CodeValue` varchar(30) NOT NULL,
  `CodeSystem` varchar(30) NOT NULL,
  `Note` text NOT NULL,
  `DateEncounter` date NOT NULL DEFAULT '0001-01-01',
  PRIMARY KEY (`EncounterNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `CodeValue` (`CodeValue`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `entrylog` (
  `EntryLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `FKeyType` tinyint(4) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `LogSource` tinyint(4) NOT NULL,
  `EntryDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`EntryLogNum`),
  KEY `UserNum` (`UserNum`),
  KEY `FKey` (`FKey`),
  KEY `EntryDateTime` (`EntryDateTime`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eobattach` (
  `EobAttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClaimPaymentNum` bigint(20) NOT NULL,
  `DateTCreated` datetime NOT NULL,
  `FileName` varchar(255) NOT NULL,
  `RawBase64` text NOT NULL,
  PRIMARY KEY (`EobAttachNum`),
  KEY `ClaimPaymentNum` (`ClaimPaymentNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `equipment` (
  `EquipmentNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` text NOT NULL,
  `SerialNumber` varchar(255) DEFAULT NULL,
  `ModelYear` varchar(2) DEFAULT NULL,
  `DatePurchased` date NOT NULL DEFAULT '0001-01-01',
  `DateSold` date NOT NULL DEFAULT '0001-01-01',
  `PurchaseCost` double NOT NULL,
  `MarketValue` double NOT NULL,
  `Location` text NOT NULL,
  `DateEntry` date NOT NULL DEFAULT '0001-01-01',
  `ProvNumCheckedOut` bigint(20) NOT NULL,
  `DateCheckedOut` date NOT NULL DEFAULT '0001-01-01',
  `DateExpectedBack` date NOT NULL DEFAULT '0001-01-01',
  `DispenseNote` text NOT NULL,
  `Status` text NOT NULL,
  PRIMARY KEY (`EquipmentNum`),
  KEY `ProvNumCheckedOut` (`ProvNumCheckedOut`)
) ENGINE=MyISAM DEFAULT CHARSET=latin1;

CREATE TABLE `erouting` (
  `ERoutingNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `Description` varchar(255) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `IsComplete` tinyint(4) NOT NULL,
  KEY `PatNum` (`PatNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eroutingaction` (
  `ERoutingActionNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ERoutingNum` bigint(20) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `ERoutingActionType` tinyint(4) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `IsComplete` tinyint(4) NOT NULL,
  `DateTimeComplete` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ForeignKeyType` tinyint(4) NOT NULL,
  `ForeignKey` bigint(20) NOT NULL,
  `LabelOverride` varchar(255) NOT NULL,
  KEY `ERoutingNum` (`ERoutingNum`),
  KEY `UserNum` (`UserNum`),
  KEY `ForeignKey` (`ForeignKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eroutingactiondef` (
  `ERoutingActionDefNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ERoutingDefNum` bigint(20) NOT NULL,
  `ERoutingActionType` tinyint(4) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTLastModified` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ForeignKeyType` tinyint(4) NOT NULL,
  `ForeignKey` bigint(20) NOT NULL,
  `LabelOverride` varchar(255) NOT NULL,
  KEY `ERoutingDefNum` (`ERoutingDefNum`),
  KEY `ForeignKey` (`ForeignKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eroutingdef` (
  `ERoutingDefNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ClinicNum` bigint(20) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `UserNumCreated` bigint(20) NOT NULL,
  `UserNumModified` bigint(20) NOT NULL,
  `SecDateTEntered` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateLastModified` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  KEY `ClinicNum` (`ClinicNum`),
  KEY `UserNumCreated` (`UserNumCreated`),
  KEY `UserNumModified` (`UserNumModified`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eroutingdeflink` (
  `ERoutingDefLinkNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ERoutingDefNum` bigint(20) NOT NULL,
  `Fkey` bigint(20) NOT NULL,
  `ERoutingType` tinyint(4) NOT NULL,
  KEY `ERoutingDefNum` (`ERoutingDefNum`),
  KEY `Fkey` (`Fkey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `erxlog` (
  `ErxLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `MsgText` mediumtext NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ProvNum` bigint(20) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ErxLogNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eservicelog` (
  `EServiceLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `LogDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `PatNum` bigint(20) NOT NULL,
  `EServiceType` tinyint(4) DEFAULT NULL,
  `EServiceAction` smallint(6) DEFAULT NULL,
  `KeyType` smallint(6) DEFAULT NULL,
  `LogGuid` varchar(36) NOT NULL,
  `ClinicNum` bigint(20) DEFAULT NULL,
  `FKey` bigint(20) DEFAULT NULL,
  `DateTimeUploaded` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Note` varchar(255) NOT NULL,
  PRIMARY KEY (`EServiceLogNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ClinicDateTime` (`LogDateTime`,`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eserviceshortguid` (
  `EServiceShortGuidNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EServiceCode` varchar(255) NOT NULL,
  `ShortGuid` varchar(255) NOT NULL,
  `ShortURL` varchar(255) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `FKeyType` varchar(255) NOT NULL,
  `DateTimeExpiration` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`EServiceShortGuidNum`),
  KEY `FKey` (`FKey`),
  KEY `ShortGuid` (`ShortGuid`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `eservicesignal` (
  `EServiceSignalNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ServiceCode` int(11) NOT NULL,
  `ReasonCategory` int(11) NOT NULL,
  `ReasonCode` int(11) NOT NULL,
  `Severity` tinyint(4) NOT NULL,
  `Description` text NOT NULL,
  `SigDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Tag` text NOT NULL,
  `IsProcessed` tinyint(4) NOT NULL,
  PRIMARY KEY (`EServiceSignalNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `etrans` (
  `EtransNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DateTimeTrans` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ClearingHouseNum` bigint(20) NOT NULL,
  `Etype` tinyint(3) unsigned NOT NULL,
  `ClaimNum` bigint(20) NOT NULL,
  `OfficeSequenceNumber` int(11) NOT NULL,
  `CarrierTransCounter` int(11) NOT NULL,
  `CarrierTransCounter2` int(11) NOT NULL,
  `CarrierNum` bigint(20) NOT NULL,
  `CarrierNum2` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `BatchNumber` int(11) NOT NULL,
  `AckCode` varchar(255) DEFAULT NULL,
  `TransSetNum` int(11) NOT NULL,
  `Note` text,
  `EtransMessageTextNum` bigint(20) NOT NULL,
  `AckEtransNum` bigint(20) NOT NULL,
  `PlanNum` bigint(20) NOT NULL,
  `InsSubNum` bigint(20) NOT NULL,
  `TranSetId835` varchar(255) NOT NULL,
  `CarrierNameRaw` varchar(60) NOT NULL,
  `PatientNameRaw` varchar(133) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  PRIMARY KEY (`EtransNum`),
  KEY `ClaimNum` (`ClaimNum`),
  KEY `CarrierNum` (`CarrierNum`),
  KEY `CarrierNum2` (`CarrierNum2`),
  KEY `PlanNum` (`PlanNum`),
  KEY `InsSubNum` (`InsSubNum`),
  KEY `EtransMessageTextNum` (`EtransMessageTextNum`),
  KEY `UserNum` (`UserNum`),
  KEY `EtransTypeAndDate` (`Etype`,`DateTimeTrans`),
  KEY `ClearingHouseNum` (`ClearingHouseNum`),
  KEY `PatNum` (`PatNum`),
  KEY `AckEtransNum` (`AckEtransNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `etrans835` (
  `Etrans835Num` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `EtransNum` bigint(20) NOT NULL,
  `PayerName` varchar(60) NOT NULL,
  `TransRefNum` varchar(50) NOT NULL,
  `InsPaid` double NOT NULL,
  `ControlId` varchar(9) NOT NULL,
  `PaymentMethodCode` varchar(3) NOT NULL,
  `PatientName` varchar(100) NOT NULL,
  `Status` tinyint(4) NOT NULL,
  `AutoProcessed` tinyint(4) NOT NULL,
  `IsApproved` tinyint(4) NOT NULL,
  KEY `EtransNum` (`EtransNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `etrans835attach` (
  `Etrans835AttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EtransNum` bigint(20) NOT NULL,
  `ClaimNum` bigint(20) NOT NULL,
  `ClpSegmentIndex` int(11) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`Etrans835AttachNum`),
  KEY `EtransNum` (`EtransNum`),
  KEY `ClaimNum` (`ClaimNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `etransmessagetext` (
  `EtransMessageTextNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MessageText` mediumtext NOT NULL,
  PRIMARY KEY (`EtransMessageTextNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `evaluation` (
  `EvaluationNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `InstructNum` bigint(20) NOT NULL,
  `StudentNum` bigint(20) NOT NULL,
  `SchoolCourseNum` bigint(20) NOT NULL,
  `EvalTitle` varchar(255) NOT NULL,
  `DateEval` date NOT NULL DEFAULT '0001-01-01',
  `GradingScaleNum` bigint(20) NOT NULL,
  `OverallGradeShowing` varchar(255) NOT NULL,
  `OverallGradeNumber` float NOT NULL,
  `Notes` text NOT NULL,
  PRIMARY KEY (`EvaluationNum`),
  KEY `InstructNum` (`InstructNum`),
  KEY `StudentNum` (`StudentNum`),
  KEY `SchoolCourseNum` (`SchoolCourseNum`),
  KEY `GradingScaleNum` (`GradingScaleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `evaluationcriterion` (
  `EvaluationCriterionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EvaluationNum` bigint(20) NOT NULL,
  `CriterionDescript` varchar(255) NOT NULL,
  `IsCategoryName` tinyint(4) NOT NULL,
  `GradingScaleNum` bigint(20) NOT NULL,
  `GradeShowing` varchar(255) NOT NULL,
  `GradeNumber` float NOT NULL,
  `Notes` text NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `MaxPointsPoss` float NOT NULL,
  PRIMARY KEY (`EvaluationCriterionNum`),
  KEY `EvaluationNum` (`EvaluationNum`),
  KEY `GradingScaleNum` (`GradingScaleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `evaluationcriteriondef` (
  `EvaluationCriterionDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EvaluationDefNum` bigint(20) NOT NULL,
  `CriterionDescript` varchar(255) NOT NULL,
  `IsCategoryName` tinyint(4) NOT NULL,
  `GradingScaleNum` bigint(20) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `MaxPointsPoss` float NOT NULL,
  PRIMARY KEY (`EvaluationCriterionDefNum`),
  KEY `EvaluationDefNum` (`EvaluationDefNum`),
  KEY `GradingScaleNum` (`GradingScaleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `evaluationdef` (
  `EvaluationDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SchoolCourseNum` bigint(20) NOT NULL,
  `EvalTitle` varchar(255) NOT NULL,
  `GradingScaleNum` bigint(20) NOT NULL,
  PRIMARY KEY (`EvaluationDefNum`),
  KEY `SchoolCourseNum` (`SchoolCourseNum`),
  KEY `GradingScaleNum` (`GradingScaleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `famaging` (
  `PatNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Bal_0_30` double NOT NULL,
  `Bal_31_60` double NOT NULL,
  `Bal_61_90` double NOT NULL,
  `BalOver90` double NOT NULL,
  `InsEst` double NOT NULL,
  `BalTotal` double NOT NULL,
  `PayPlanDue` double NOT NULL,
  PRIMARY KEY (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `familyhealth` (
  `FamilyHealthNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `Relationship` tinyint(4) NOT NULL,
  `DiseaseDefNum` bigint(20) NOT NULL,
  `PersonName` varchar(255) NOT NULL,
  PRIMARY KEY (`FamilyHealthNum`),
  KEY `PatNum` (`PatNum`),
  KEY `DiseaseDefNum` (`DiseaseDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `fee` (
  `FeeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Amount` double NOT NULL DEFAULT '0',
  `OldCode` varchar(15) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL DEFAULT '',
  `FeeSched` bigint(20) NOT NULL,
  `UseDefaultFee` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `UseDefaultCov` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `CodeNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`FeeNum`),
  KEY `indexADACode` (`OldCode`),
  KEY `indexFeeSched` (`FeeSched`),
  KEY `CodeNum` (`CodeNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `feesched` (
  `FeeSchedNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT NULL,
  `FeeSchedType` int(11) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `IsHidden` tinyint(1) NOT NULL,
  `IsGlobal` tinyint(4) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`FeeSchedNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `feeschedgroup` (
  `FeeSchedGroupNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  `FeeSchedNum` bigint(20) NOT NULL,
  `ClinicNums` varchar(255) NOT NULL,
  PRIMARY KEY (`FeeSchedGroupNum`),
  KEY `FeeSchedNum` (`FeeSchedNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `fhircontactpoint` (
  `FHIRContactPointNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `FHIRSubscriptionNum` bigint(20) NOT NULL,
  `ContactSystem` tinyint(4) NOT NULL,
  `ContactValue` varchar(255) NOT NULL,
  `ContactUse` tinyint(4) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `DateStart` date NOT NULL DEFAULT '0001-01-01',
  `DateEnd` date NOT NULL DEFAULT '0001-01-01',
  PRIMARY KEY (`FHIRContactPointNum`),
  KEY `FHIRSubscriptionNum` (`FHIRSubscriptionNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `fhirsubscription` (
  `FHIRSubscriptionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Criteria` varchar(255) NOT NULL,
  `Reason` varchar(255) NOT NULL,
  `SubStatus` tinyint(4) NOT NULL,
  `ErrorNote` text NOT NULL,
  `ChannelType` tinyint(4) NOT NULL,
  `ChannelEndpoint` varchar(255) NOT NULL,
  `ChannelPayLoad` varchar(255) NOT NULL,
  `ChannelHeader` varchar(255) NOT NULL,
  `DateEnd` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `APIKeyHash` varchar(255) NOT NULL,
  PRIMARY KEY (`FHIRSubscriptionNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `fielddeflink` (
  `FieldDefLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `FieldDefNum` bigint(20) NOT NULL,
  `FieldDefType` tinyint(4) NOT NULL,
  `FieldLocation` tinyint(4) NOT NULL,
  PRIMARY KEY (`FieldDefLinkNum`),
  KEY `FieldDefNum` (`FieldDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `formpat` (
  `FormPatNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `FormDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`FormPatNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `gradingscale` (
  `GradingScaleNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  `ScaleType` tinyint(4) NOT NULL,
  PRIMARY KEY (`GradingScaleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `gradingscaleitem` (
  `GradingScaleItemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `GradingScaleNum` bigint(20) NOT NULL,
  `GradeShowing` varchar(255) NOT NULL,
  `GradeNumber` float NOT NULL,
  `Description` varchar(255) NOT NULL,
  PRIMARY KEY (`GradingScaleItemNum`),
  KEY `GradingScaleNum` (`GradingScaleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `grouppermission` (
  `GroupPermNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `NewerDate` date NOT NULL DEFAULT '0001-01-01',
  `NewerDays` int(11) NOT NULL,
  `UserGroupNum` bigint(20) NOT NULL,
  `PermType` smallint(6) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  PRIMARY KEY (`GroupPermNum`),
  KEY `FKey` (`FKey`),
  KEY `UserGroupNum` (`UserGroupNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `guardian` (
  `GuardianNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNumChild` bigint(20) NOT NULL,
  `PatNumGuardian` bigint(20) NOT NULL,
  `Relationship` tinyint(4) NOT NULL,
  `IsGuardian` tinyint(4) NOT NULL,
  PRIMARY KEY (`GuardianNum`),
  KEY `PatNumChild` (`PatNumChild`),
  KEY `PatNumGuardian` (`PatNumGuardian`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `hcpcs` (
  `HcpcsNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `HcpcsCode` varchar(255) NOT NULL,
  `DescriptionShort` varchar(255) NOT NULL,
  PRIMARY KEY (`HcpcsNum`),
  KEY `HcpcsCode` (`HcpcsCode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `hieclinic` (
  `HieClinicNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ClinicNum` bigint(20) NOT NULL,
  `SupportedCarrierFlags` tinyint(4) NOT NULL,
  `PathExportCCD` varchar(255) NOT NULL,
  `TimeOfDayExportCCD` bigint(20) NOT NULL,
  `IsEnabled` tinyint(4) NOT NULL,
  KEY `ClinicNum` (`ClinicNum`),
  KEY `TimeOfDayExportCCD` (`TimeOfDayExportCCD`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `hiequeue` (
  `HieQueueNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PatNum` bigint(20) NOT NULL,
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `histappointment` (
  `HistApptNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `HistUserNum` bigint(20) NOT NULL,
  `HistDateTStamp` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `HistApptAction` tinyint(4) NOT NULL,
  `ApptSource` tinyint(4) NOT NULL,
  `AptNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `AptStatus` tinyint(4) NOT NULL,
  `Pattern` varchar(255) NOT NULL,
  `Confirmed` bigint(20) NOT NULL,
  `TimeLocked` tinyint(4) NOT NULL,
  `Op` bigint(20) NOT NULL,
  `Note` text NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `ProvHyg` bigint(20) NOT NULL,
  `AptDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `NextAptNum` bigint(20) NOT NULL,
  `UnschedStatus` bigint(20) NOT NULL,
  `IsNewPatient` tinyint(4) NOT NULL,
  `ProcDescript` varchar(255) NOT NULL,
  `Assistant` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `IsHygiene` tinyint(4) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DateTimeArrived` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeSeated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeDismissed` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `InsPlan1` bigint(20) NOT NULL,
  `InsPlan2` bigint(20) NOT NULL,
  `DateTimeAskedToArrive` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ProcsColored` text NOT NULL,
  `ColorOverride` int(11) NOT NULL,
  `AppointmentTypeNum` bigint(20) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Priority` tinyint(4) NOT NULL,
  `ProvBarText` varchar(60) NOT NULL,
  `PatternSecondary` varchar(255) NOT NULL,
  `SecurityHash` varchar(255) NOT NULL,
  `ItemOrderPlanned` int(11) NOT NULL,
  PRIMARY KEY (`HistApptNum`),
  KEY `HistUserNum` (`HistUserNum`),
  KEY `AptNum` (`AptNum`),
  KEY `PatNum` (`PatNum`),
  KEY `Confirmed` (`Confirmed`),
  KEY `Op` (`Op`),
  KEY `ProvNum` (`ProvNum`),
  KEY `ProvHyg` (`ProvHyg`),
  KEY `NextAptNum` (`NextAptNum`),
  KEY `UnschedStatus` (`UnschedStatus`),
  KEY `Assistant` (`Assistant`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `InsPlan1` (`InsPlan1`),
  KEY `InsPlan2` (`InsPlan2`),
  KEY `AppointmentTypeNum` (`AppointmentTypeNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `hl7def` (
  `HL7DefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  `ModeTx` tinyint(4) NOT NULL,
  `IncomingFolder` varchar(255) NOT NULL,
  `OutgoingFolder` varchar(255) NOT NULL,
  `IncomingPort` varchar(255) NOT NULL,
  `OutgoingIpPort` varchar(255) NOT NULL,
  `FieldSeparator` varchar(5) NOT NULL,
  `ComponentSeparator` varchar(5) NOT NULL,
  `SubcomponentSeparator` varchar(5) NOT NULL,
  `RepetitionSeparator` varchar(5) NOT NULL,
  `EscapeCharacter` varchar(5) NOT NULL,
  `IsInternal` tinyint(4) NOT NULL,
  `InternalType` varchar(255) NOT NULL,
  `InternalTypeVersion` varchar(50) NOT NULL,
  `IsEnabled` tinyint(4) NOT NULL,
  `Note` text NOT NULL,
  `HL7Server` varchar(255) NOT NULL,
  `HL7ServiceName` varchar(255) NOT NULL,
  `ShowDemographics` tinyint(4) NOT NULL,
  `ShowAppts` tinyint(4) NOT NULL,
  `ShowAccount` tinyint(4) NOT NULL,
  `IsQuadAsToothNum` tinyint(4) NOT NULL,
  `LabResultImageCat` bigint(20) NOT NULL,
  `SftpUsername` varchar(255) NOT NULL,
  `SftpPassword` varchar(255) NOT NULL,
  `SftpInSocket` varchar(255) NOT NULL,
  `HasLongDCodes` tinyint(4) NOT NULL,
  `IsProcApptEnforced` tinyint(4) NOT NULL,
  PRIMARY KEY (`HL7DefNum`),
  KEY `LabResultImageCat` (`LabResultImageCat`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `hl7deffield` (
  `HL7DefFieldNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `HL7DefSegmentNum` bigint(20) NOT NULL,
  `OrdinalPos` int(11) NOT NULL,
  `TableId` varchar(255) NOT NULL,
  `DataType` varchar(255) NOT NULL,
  `FieldName` varchar(255) NOT NULL,
  `FixedText` text NOT NULL,
  PRIMARY KEY (`HL7DefFieldNum`),
  KEY `HL7DefSegmentNum` (`HL7DefSegmentNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `hl7defmessage` (
  `HL7DefMessageNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `HL7DefNum` bigint(20) NOT NULL,
  `MessageType` varchar(255) NOT NULL,
  `EventType` varchar(255) NOT NULL,
  `InOrOut` tinyint(4) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `Note` text NOT NULL,
  `MessageStructure` varchar(255) NOT NULL,
  PRIMARY KEY (`HL7DefMessageNum`),
  KEY `HL7DefNum` (`HL7DefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `hl7defsegment` (
  `HL7DefSegmentNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `HL7DefMessageNum` bigint(20) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `CanRepeat` tinyint(4) NOT NULL,
  `IsOptional` tinyint(4) NOT NULL,
  `SegmentName` varchar(255) NOT NULL,
  `Note` text NOT NULL,
  PRIMARY KEY (`HL7DefSegmentNum`),
  KEY `HL7DefMessageNum` (`HL7DefMessageNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `hl7msg` (
  `HL7MsgNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `HL7Status` int(11) NOT NULL,
  `MsgText` mediumtext,
  `AptNum` bigint(20) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `PatNum` bigint(20) NOT NULL,
  `Note` text NOT NULL,
  PRIMARY KEY (`HL7MsgNum`),
  KEY `AptNum` (`AptNum`),
  KEY `HL7Status` (`HL7Status`),
  KEY `DateTStamp` (`DateTStamp`),
  KEY `PatNum` (`PatNum`),
  KEY `MsgText` (`MsgText`(100))
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `hl7procattach` (
  `HL7ProcAttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `HL7MsgNum` bigint(20) NOT NULL,
  `ProcNum` bigint(20) NOT NULL,
  PRIMARY KEY (`HL7ProcAttachNum`),
  KEY `HL7MsgNum` (`HL7MsgNum`),
  KEY `ProcNum` (`ProcNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `icd10` (
  `Icd10Num` bigint(20) NOT NULL AUTO_INCREMENT,
  `Icd10Code` varchar(255) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `IsCode` varchar(255) NOT NULL,
  PRIMARY KEY (`Icd10Num`),
  KEY `Icd10Code` (`Icd10Code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `icd9` (
  `ICD9Num` bigint(20) NOT NULL AUTO_INCREMENT,
  `ICD9Code` varchar(255) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`ICD9Num`),
  KEY `ICD9Code` (`ICD9Code`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `imagedraw` (
  `ImageDrawNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `DocNum` bigint(20) NOT NULL,
  `MountNum` bigint(20) NOT NULL,
  `ColorDraw` int(11) NOT NULL,
  `ColorBack` int(11) NOT NULL,
  `DrawingSegment` text NOT NULL,
  `DrawText` varchar(255) NOT NULL,
  `FontSize` float NOT NULL,
  `DrawType` tinyint(4) NOT NULL,
  `ImageAnnotVendor` tinyint(4) NOT NULL,
  `Details` text NOT NULL,
  `PearlLayer` tinyint(4) NOT NULL,
  KEY `DocNum` (`DocNum`),
  KEY `MountNum` (`MountNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `imagingdevice` (
  `ImagingDeviceNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  `ComputerName` varchar(255) NOT NULL,
  `DeviceType` tinyint(4) NOT NULL,
  `TwainName` varchar(255) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `ShowTwainUI` tinyint(4) NOT NULL,
  PRIMARY KEY (`ImagingDeviceNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `insbluebook` (
  `InsBlueBookNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProcCodeNum` bigint(20) NOT NULL,
  `CarrierNum` bigint(20) NOT NULL,
  `PlanNum` bigint(20) NOT NULL,
  `GroupNum` varchar(25) NOT NULL,
  `InsPayAmt` double NOT NULL,
  `AllowedOverride` double NOT NULL,
  `DateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ProcNum` bigint(20) NOT NULL,
  `ProcDate` date NOT NULL DEFAULT '0001-01-01',
  `ClaimType` varchar(10) NOT NULL,
  `ClaimNum` bigint(20) NOT NULL,
  PRIMARY KEY (`InsBlueBookNum`),
  KEY `ProcCodeNum` (`ProcCodeNum`),
  KEY `CarrierNum` (`CarrierNum`),
  KEY `PlanNum` (`PlanNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `ClaimNum` (`ClaimNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `insbluebooklog` (
  `InsBlueBookLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClaimProcNum` bigint(20) NOT NULL,
  `AllowedFee` double NOT NULL,
  `DateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Description` text NOT NULL,
  PRIMARY KEY (`InsBlueBookLogNum`),
  KEY `ClaimProcNum` (`ClaimProcNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `insbluebookrule` (
  `InsBlueBookRuleNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ItemOrder` smallint(6) NOT NULL,
  `RuleType` tinyint(4) NOT NULL,
  `LimitValue` int(11) NOT NULL,
  `LimitType` tinyint(4) NOT NULL,
  PRIMARY KEY (`InsBlueBookRuleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `inseditlog` (
  `InsEditLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `FKey` bigint(20) NOT NULL,
  `LogType` tinyint(4) NOT NULL,
  `FieldName` varchar(255) NOT NULL,
  `OldValue` varchar(255) NOT NULL,
  `NewValue` varchar(255) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ParentKey` bigint(20) NOT NULL,
  `Description` varchar(255) NOT NULL,
  PRIMARY KEY (`InsEditLogNum`),
  KEY `FKeyType` (`LogType`,`FKey`),
  KEY `UserNum` (`UserNum`),
  KEY `ParentKey` (`ParentKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `inseditpatlog` (
  `InsEditPatLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `FKey` bigint(20) NOT NULL,
  `LogType` tinyint(4) NOT NULL,
  `FieldName` varchar(255) NOT NULL,
  `OldValue` varchar(255) NOT NULL,
  `NewValue` varchar(255) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ParentKey` bigint(20) NOT NULL,
  `Description` varchar(255) NOT NULL,
  PRIMARY KEY (`InsEditPatLogNum`),
  KEY `FkLogType` (`FKey`,`LogType`),
  KEY `UserNum` (`UserNum`),
  KEY `ParentKey` (`ParentKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `insfilingcode` (
  `InsFilingCodeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Descript` varchar(255) DEFAULT NULL,
  `EclaimCode` varchar(100) DEFAULT NULL,
  `ItemOrder` int(11) DEFAULT NULL,
  `GroupType` bigint(20) NOT NULL,
  `ExcludeOtherCoverageOnPriClaims` tinyint(4) NOT NULL,
  PRIMARY KEY (`InsFilingCodeNum`),
  KEY `ItemOrder` (`ItemOrder`),
  KEY `GroupType` (`GroupType`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `insfilingcodesubtype` (
  `InsFilingCodeSubtypeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `InsFilingCodeNum` bigint(20) NOT NULL,
  `Descript` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`InsFilingCodeSubtypeNum`),
  KEY `InsFilingCodeNum` (`InsFilingCodeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `insplan` (
  `PlanNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `GroupName` varchar(50) DEFAULT '',
  `GroupNum` varchar(25) DEFAULT NULL,
  `PlanNote` text NOT NULL,
  `FeeSched` bigint(20) NOT NULL,
  `PlanType` char(1) DEFAULT '',
  `ClaimFormNum` bigint(20) NOT NULL,
  `UseAltCode` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `ClaimsUseUCR` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `CopayFeeSched` bigint(20) NOT NULL,
  `EmployerNum` bigint(20) NOT NULL,
  `CarrierNum` bigint(20) NOT NULL,
  `AllowedFeeSched` bigint(20) NOT NULL,
  `TrojanID` varchar(100) DEFAULT '',
  `DivisionNo` varchar(255) DEFAULT '',
  `IsMedical` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `FilingCode` bigint(20) NOT NULL,
  `DentaideCardSequence` tinyint(3) unsigned NOT NULL,
  `ShowBaseUnits` tinyint(1) NOT NULL,
  `CodeSubstNone` tinyint(1) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `MonthRenew` tinyint(4) NOT NULL,
  `FilingCodeSubtype` bigint(20) NOT NULL,
  `CanadianPlanFlag` varchar(5) NOT NULL,
  `CanadianDiagnosticCode` varchar(255) NOT NULL,
  `CanadianInstitutionCode` varchar(255) NOT NULL,
  `RxBIN` varchar(255) NOT NULL,
  `CobRule` tinyint(4) NOT NULL,
  `SopCode` varchar(255) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `HideFromVerifyList` tinyint(4) NOT NULL,
  `OrthoType` tinyint(4) NOT NULL,
  `OrthoAutoProcFreq` tinyint(4) NOT NULL,
  `OrthoAutoProcCodeNumOverride` bigint(20) NOT NULL,
  `OrthoAutoFeeBilled` double NOT NULL,
  `OrthoAutoClaimDaysWait` int(11) NOT NULL,
  `BillingType` bigint(20) NOT NULL,
  `HasPpoSubstWriteoffs` tinyint(4) NOT NULL,
  `ExclusionFeeRule` tinyint(4) NOT NULL,
  `ManualFeeSchedNum` bigint(20) NOT NULL DEFAULT '0',
  `IsBlueBookEnabled` tinyint(4) NOT NULL,
  `InsPlansZeroWriteOffsOnAnnualMaxOverride` tinyint(4) NOT NULL,
  `InsPlansZeroWriteOffsOnFreqOrAgingOverride` tinyint(4) NOT NULL,
  `PerVisitPatAmount` double NOT NULL,
  `PerVisitInsAmount` double NOT NULL,
  PRIMARY KEY (`PlanNum`),
  KEY `CarrierNum` (`CarrierNum`),
  KEY `FilingCodeSubtype` (`FilingCodeSubtype`),
  KEY `TrojanID` (`TrojanID`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `CarrierNumPlanNum` (`CarrierNum`,`PlanNum`),
  KEY `OrthoAutoProcCodeNumOverride` (`OrthoAutoProcCodeNumOverride`),
  KEY `BillingType` (`BillingType`),
  KEY `FeeSched` (`FeeSched`),
  KEY `CopayFeeSched` (`CopayFeeSched`),
  KEY `ManualFeeSchedNum` (`ManualFeeSchedNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `insplanpreference` (
  `InsPlanPrefNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PlanNum` bigint(20) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `FKeyType` tinyint(4) NOT NULL,
  `ValueString` text NOT NULL,
  KEY `PlanNum` (`PlanNum`),
  KEY `FKey` (`FKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `inssub` (
  `InsSubNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PlanNum` bigint(20) NOT NULL,
  `Subscriber` bigint(20) NOT NULL,
  `DateEffective` date NOT NULL DEFAULT '0001-01-01',
  `DateTerm` date NOT NULL DEFAULT '0001-01-01',
  `ReleaseInfo` tinyint(4) NOT NULL,
  `AssignBen` tinyint(4) NOT NULL,
  `SubscriberID` varchar(255) NOT NULL,
  `BenefitNotes` text NOT NULL,
  `SubscNote` text NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`InsSubNum`),
  KEY `PlanNum` (`PlanNum`),
  KEY `Subscriber` (`Subscriber`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `installmentplan` (
  `InstallmentPlanNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DateAgreement` date NOT NULL DEFAULT '0001-01-01',
  `DateFirstPayment` date NOT NULL DEFAULT '0001-01-01',
  `MonthlyPayment` double NOT NULL,
  `APR` float NOT NULL,
  `Note` varchar(255) NOT NULL,
  PRIMARY KEY (`InstallmentPlanNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `insverify` (
  `InsVerifyNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DateLastVerified` date NOT NULL DEFAULT '0001-01-01',
  `UserNum` bigint(20) NOT NULL,
  `VerifyType` tinyint(4) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `DefNum` bigint(20) NOT NULL,
  `Note` text NOT NULL,
  `DateLastAssigned` date NOT NULL DEFAULT '0001-01-01',
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `HoursAvailableForVerification` double NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`InsVerifyNum`),
  KEY `UserNum` (`UserNum`),
  KEY `FKey` (`FKey`),
  KEY `DefNum` (`DefNum`),
  KEY `VerifyType` (`VerifyType`),
  KEY `SecDateTEdit` (`SecDateTEdit`),
  KEY `DateTimeEntry` (`DateTimeEntry`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `insverifyhist` (
  `InsVerifyHistNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `InsVerifyNum` bigint(20) NOT NULL,
  `DateLastVerified` date NOT NULL DEFAULT '0001-01-01',
  `UserNum` bigint(20) NOT NULL,
  `VerifyType` tinyint(4) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `DefNum` bigint(20) NOT NULL,
  `Note` text NOT NULL,
  `DateLastAssigned` date NOT NULL DEFAULT '0001-01-01',
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `HoursAvailableForVerification` double NOT NULL,
  `VerifyUserNum` bigint(20) NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`InsVerifyHistNum`),
  KEY `InsVerifyNum` (`InsVerifyNum`),
  KEY `UserNum` (`UserNum`),
  KEY `FKey` (`FKey`),
  KEY `DefNum` (`DefNum`),
  KEY `VerifyUserNum` (`VerifyUserNum`),
  KEY `SecDateTEdit` (`SecDateTEdit`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `intervention` (
  `InterventionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `CodeValue` varchar(30) NOT NULL,
  `CodeSystem` varchar(30) NOT NULL,
  `Note` text NOT NULL,
  `DateEntry` date NOT NULL DEFAULT '0001-01-01',
  `CodeSet` tinyint(4) NOT NULL,
  `IsPatDeclined` tinyint(4) NOT NULL,
  PRIMARY KEY (`InterventionNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `CodeValue` (`CodeValue`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `journalentry` (
  `JournalEntryNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TransactionNum` bigint(20) NOT NULL,
  `AccountNum` bigint(20) NOT NULL,
  `DateDisplayed` date NOT NULL DEFAULT '0001-01-01',
  `DebitAmt` double NOT NULL DEFAULT '0',
  `CreditAmt` double NOT NULL DEFAULT '0',
  `Memo` text,
  `Splits` text,
  `CheckNumber` varchar(255) DEFAULT '',
  `ReconcileNum` bigint(20) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecUserNumEdit` bigint(20) NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`JournalEntryNum`),
  KEY `indexAccountNum` (`AccountNum`),
  KEY `indexTransactionNum` (`TransactionNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `SecUserNumEdit` (`SecUserNumEdit`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `labcase` (
  `LabCaseNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `LaboratoryNum` bigint(20) NOT NULL,
  `AptNum` bigint(20) NOT NULL,
  `PlannedAptNum` bigint(20) NOT NULL,
  `DateTimeDue` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeCreated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeRecd` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeChecked` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ProvNum` bigint(20) NOT NULL,
  `Instructions` text,
  `LabFee` double NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `InvoiceNum` varchar(255) NOT NULL,
  PRIMARY KEY (`LabCaseNum`),
  KEY `indexAptNum` (`AptNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `laboratory` (
  `LaboratoryNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT NULL,
  `Phone` varchar(255) DEFAULT NULL,
  `Notes` text,
  `Slip` bigint(20) NOT NULL,
  `Address` varchar(255) NOT NULL,
  `City` varchar(255) NOT NULL,
  `State` varchar(255) NOT NULL,
  `Zip` varchar(255) NOT NULL,
  `Email` varchar(255) NOT NULL,
  `WirelessPhone` varchar(255) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  PRIMARY KEY (`LaboratoryNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `labpanel` (
  `LabPanelNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `RawMessage` text NOT NULL,
  `LabNameAddress` varchar(255) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `SpecimenCondition` varchar(255) NOT NULL,
  `SpecimenSource` varchar(255) NOT NULL,
  `ServiceId` varchar(255) NOT NULL,
  `ServiceName` varchar(255) NOT NULL,
  `MedicalOrderNum` bigint(20) NOT NULL,
  PRIMARY KEY (`LabPanelNum`),
  KEY `PatNum` (`PatNum`),
  KEY `MedicalOrderNum` (`MedicalOrderNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `labresult` (
  `LabResultNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `LabPanelNum` bigint(20) NOT NULL,
  `DateTimeTest` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TestName` varchar(255) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `TestID` varchar(255) NOT NULL,
  `ObsValue` varchar(255) NOT NULL,
  `ObsUnits` varchar(255) NOT NULL,
  `ObsRange` varchar(255) NOT NULL,
  `AbnormalFlag` tinyint(4) NOT NULL,
  PRIMARY KEY (`LabResultNum`),
  KEY `LabPanelNum` (`LabPanelNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `labturnaround` (
  `LabTurnaroundNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `LaboratoryNum` bigint(20) NOT NULL,
  `Description` varchar(255) DEFAULT NULL,
  `DaysPublished` smallint(6) NOT NULL,
  `DaysActual` smallint(6) NOT NULL,
  PRIMARY KEY (`LabTurnaroundNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `language` (
  `LanguageNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EnglishComments` text,
  `ClassType` text,
  `English` text,
  `IsObsolete` tinyint(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`LanguageNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `languageforeign` (
  `LanguageForeignNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClassType` text,
  `English` text,
  `Culture` varchar(255) DEFAULT '',
  `Translation` text,
  `Comments` text,
  PRIMARY KEY (`LanguageForeignNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `languagepat` (
  `LanguagePatNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PrefName` varchar(255) NOT NULL,
  `Language` varchar(255) NOT NULL,
  `Translation` text NOT NULL,
  `EFormFieldDefNum` bigint(20) NOT NULL,
  KEY `EFormFieldDefNum` (`EFormFieldDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `letter` (
  `LetterNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `BodyText` text,
  PRIMARY KEY (`LetterNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `lettermerge` (
  `LetterMergeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `TemplateName` varchar(255) DEFAULT '',
  `DataFileName` varchar(255) DEFAULT '',
  `Category` bigint(20) NOT NULL,
  `ImageFolder` bigint(20) NOT NULL,
  PRIMARY KEY (`LetterMergeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `lettermergefield` (
  `FieldNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `LetterMergeNum` bigint(20) NOT NULL,
  `FieldName` varchar(255) DEFAULT '',
  PRIMARY KEY (`FieldNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `limitedbetafeature` (
  `LimitedBetaFeatureNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `LimitedBetaFeatureTypeNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `IsSignedUp` tinyint(4) NOT NULL,
  KEY `LimitedBetaFeatureTypeNum` (`LimitedBetaFeatureTypeNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `loginattempt` (
  `LoginAttemptNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserName` varchar(255) NOT NULL,
  `LoginType` tinyint(4) NOT NULL,
  `DateTFail` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`LoginAttemptNum`),
  KEY `UserName` (`UserName`(10))
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `loinc` (
  `LoincNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `LoincCode` varchar(255) NOT NULL,
  `Component` varchar(255) NOT NULL,
  `PropertyObserved` varchar(255) NOT NULL,
  `TimeAspct` varchar(255) NOT NULL,
  `SystemMeasured` varchar(255) NOT NULL,
  `ScaleType` varchar(255) NOT NULL,
  `MethodType` varchar(255) NOT NULL,
  `StatusOfCode` varchar(255) NOT NULL,
  `NameShort` varchar(255) NOT NULL,
  `ClassType` varchar(255) NOT NULL,
  `UnitsRequired` tinyint(4) NOT NULL,
  `OrderObs` varchar(255) NOT NULL,
  `HL7FieldSubfieldID` varchar(255) NOT NULL,
  `ExternalCopyrightNotice` text NOT NULL,
  `NameLongCommon` varchar(255) NOT NULL,
  `UnitsUCUM` varchar(255) NOT NULL,
  `RankCommonTests` int(11) NOT NULL,
  `RankCommonOrders` int(11) NOT NULL,
  PRIMARY KEY (`LoincNum`),
  KEY `LoincCode` (`LoincCode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `medicalorder` (
  `MedicalOrderNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MedOrderType` tinyint(4) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `DateTimeOrder` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Description` varchar(255) NOT NULL,
  `IsDiscontinued` tinyint(4) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  PRIMARY KEY (`MedicalOrderNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `medication` (
  `MedicationNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MedName` varchar(255) DEFAULT '',
  `GenericNum` bigint(20) NOT NULL,
  `Notes` text,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `RxCui` bigint(20) NOT NULL,
  PRIMARY KEY (`MedicationNum`),
  KEY `RxCui` (`RxCui`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `medicationpat` (
  `MedicationPatNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `MedicationNum` bigint(20) NOT NULL,
  `PatNote` text,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DateStart` date NOT NULL DEFAULT '0001-01-01',
  `DateStop` date NOT NULL DEFAULT '0001-01-01',
  `ProvNum` bigint(20) NOT NULL,
  `MedDescript` varchar(255) NOT NULL,
  `RxCui` bigint(20) NOT NULL,
  `ErxGuid` varchar(255) NOT NULL,
  `IsCpoe` tinyint(4) NOT NULL,
  PRIMARY KEY (`MedicationPatNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `PatNum` (`PatNum`),
  KEY `RxCui` (`RxCui`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `medlab` (
  `MedLabNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SendingApp` varchar(255) NOT NULL,
  `SendingFacility` varchar(255) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `PatIDLab` varchar(255) NOT NULL,
  `PatIDAlt` varchar(255) NOT NULL,
  `PatAge` varchar(255) NOT NULL,
  `PatAccountNum` varchar(255) NOT NULL,
  `PatFasting` tinyint(4) NOT NULL,
  `SpecimenID` varchar(255) NOT NULL,
  `SpecimenIDFiller` varchar(255) NOT NULL,
  `ObsTestID` varchar(255) NOT NULL,
  `ObsTestDescript` varchar(255) NOT NULL,
  `ObsTestLoinc` varchar(255) NOT NULL,
  `ObsTestLoincText` varchar(255) NOT NULL,
  `DateTimeCollected` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TotalVolume` varchar(255) NOT NULL,
  `ActionCode` varchar(255) NOT NULL,
  `ClinicalInfo` varchar(255) NOT NULL,
  `DateTimeEntered` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `OrderingProvNPI` varchar(255) NOT NULL,
  `OrderingProvLocalID` varchar(255) NOT NULL,
  `OrderingProvLName` varchar(255) NOT NULL,
  `OrderingProvFName` varchar(255) NOT NULL,
  `SpecimenIDAlt` varchar(255) NOT NULL,
  `DateTimeReported` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ResultStatus` varchar(255) NOT NULL,
  `ParentObsID` varchar(255) NOT NULL,
  `ParentObsTestID` varchar(255) NOT NULL,
  `NotePat` text NOT NULL,
  `NoteLab` text NOT NULL,
  `FileName` varchar(255) NOT NULL,
  `OriginalPIDSegment` text NOT NULL,
  PRIMARY KEY (`MedLabNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `medlabfacattach` (
  `MedLabFacAttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MedLabNum` bigint(20) NOT NULL,
  `MedLabResultNum` bigint(20) NOT NULL,
  `MedLabFacilityNum` bigint(20) NOT NULL,
  PRIMARY KEY (`MedLabFacAttachNum`),
  KEY `MedLabNum` (`MedLabNum`),
  KEY `MedLabResultNum` (`MedLabResultNum`),
  KEY `MedLabFacilityNum` (`MedLabFacilityNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `medlabfacility` (
  `MedLabFacilityNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `FacilityName` varchar(255) NOT NULL,
  `Address` varchar(255) NOT NULL,
  `City` varchar(255) NOT NULL,
  `State` varchar(255) NOT NULL,
  `Zip` varchar(255) NOT NULL,
  `Phone` varchar(255) NOT NULL,
  `DirectorTitle` varchar(255) NOT NULL,
  `DirectorLName` varchar(255) NOT NULL,
  `DirectorFName` varchar(255) NOT NULL,
  PRIMARY KEY (`MedLabFacilityNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `medlabresult` (
  `MedLabResultNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MedLabNum` bigint(20) NOT NULL,
  `ObsID` varchar(255) NOT NULL,
  `ObsText` varchar(255) NOT NULL,
  `ObsLoinc` varchar(255) NOT NULL,
  `ObsLoincText` varchar(255) NOT NULL,
  `ObsIDSub` varchar(255) NOT NULL,
  `ObsValue` text NOT NULL,
  `ObsSubType` varchar(255) NOT NULL,
  `ObsUnits` varchar(255) NOT NULL,
  `ReferenceRange` varchar(255) NOT NULL,
  `AbnormalFlag` varchar(255) NOT NULL,
  `ResultStatus` varchar(255) NOT NULL,
  `DateTimeObs` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `FacilityID` varchar(255) NOT NULL,
  `DocNum` bigint(20) NOT NULL,
  `Note` text NOT NULL,
  PRIMARY KEY (`MedLabResultNum`),
  KEY `MedLabNum` (`MedLabNum`),
  KEY `DocNum` (`DocNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `medlabspecimen` (
  `MedLabSpecimenNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MedLabNum` bigint(20) NOT NULL,
  `SpecimenID` varchar(255) NOT NULL,
  `SpecimenDescript` varchar(255) NOT NULL,
  `DateTimeCollected` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`MedLabSpecimenNum`),
  KEY `MedLabNum` (`MedLabNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `mobileappdevice` (
  `MobileAppDeviceNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClinicNum` bigint(20) NOT NULL,
  `DeviceName` varchar(255) NOT NULL,
  `UniqueID` varchar(255) NOT NULL,
  `IsEclipboardEnabled` tinyint(4) NOT NULL,
  `EclipboardLastAttempt` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `EclipboardLastLogin` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `PatNum` bigint(20) NOT NULL,
  `LastCheckInActivity` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `IsBYODDevice` tinyint(4) NOT NULL,
  `DevicePage` tinyint(4) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `IsODTouchEnabled` tinyint(4) NOT NULL,
  `ODTouchLastLogin` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ODTouchLastAttempt` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`MobileAppDeviceNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `PatNum` (`PatNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `mobilebrandingprofile` (
  `MobileBrandingProfileNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ClinicNum` bigint(20) NOT NULL,
  `OfficeDescription` varchar(255) NOT NULL,
  `LogoFilePath` varchar(255) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `mobiledatabyte` (
  `MobileDataByteNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `RawBase64Data` mediumtext NOT NULL,
  `RawBase64Code` mediumtext NOT NULL,
  `RawBase64Tag` mediumtext NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ActionType` tinyint(4) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeExpires` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`MobileDataByteNum`),
  KEY `PatNum` (`PatNum`),
  KEY `RawBase64Code` (`RawBase64Code`(16))
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `mobilenotification` (
  `MobileNotificationNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `NotificationType` tinyint(4) NOT NULL,
  `DeviceId` varchar(255) NOT NULL,
  `PrimaryKeys` text NOT NULL,
  `Tags` text NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeExpires` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `AppTarget` tinyint(4) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `mount` (
  `MountNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DocCategory` bigint(20) NOT NULL,
  `DateCreated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Description` varchar(255) NOT NULL,
  `Note` text NOT NULL,
  `Width` int(11) NOT NULL,
  `Height` int(11) NOT NULL,
  `ColorBack` int(11) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `ColorFore` int(11) NOT NULL,
  `ColorTextBack` int(11) NOT NULL,
  `FlipOnAcquire` tinyint(4) NOT NULL,
  `AdjModeAfterSeries` tinyint(4) NOT NULL,
  PRIMARY KEY (`MountNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `mountdef` (
  `MountDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT NULL,
  `ItemOrder` int(11) NOT NULL,
  `Width` int(11) NOT NULL,
  `Height` int(11) NOT NULL,
  `ColorBack` int(11) NOT NULL,
  `ColorFore` int(11) NOT NULL,
  `ColorTextBack` int(11) NOT NULL,
  `ScaleValue` varchar(255) NOT NULL,
  `DefaultCat` bigint(20) NOT NULL,
  `FlipOnAcquire` tinyint(4) NOT NULL,
  `AdjModeAfterSeries` tinyint(4) NOT NULL,
  PRIMARY KEY (`MountDefNum`),
  KEY `DefaultCat` (`DefaultCat`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `mountitem` (
  `MountItemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MountNum` bigint(20) NOT NULL,
  `Xpos` int(11) NOT NULL,
  `Ypos` int(11) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `Width` int(11) NOT NULL,
  `Height` int(11) NOT NULL,
  `RotateOnAcquire` int(11) NOT NULL,
  `ToothNumbers` varchar(255) NOT NULL,
  `TextShowing` text NOT NULL,
  `FontSize` float NOT NULL,
  PRIMARY KEY (`MountItemNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `mountitemdef` (
  `MountItemDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `MountDefNum` bigint(20) NOT NULL,
  `Xpos` int(11) NOT NULL,
  `Ypos` int(11) NOT NULL,
  `Width` int(11) NOT NULL,
  `Height` int(11) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `RotateOnAcquire` int(11) NOT NULL,
  `ToothNumbers` varchar(255) NOT NULL,
  `TextShowing` text NOT NULL,
  `FontSize` float NOT NULL,
  PRIMARY KEY (`MountItemDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `msgtopaysent` (
  `MsgToPaySentNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PatNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `SendStatus` tinyint(4) NOT NULL,
  `Source` tinyint(4) NOT NULL,
  `MessageType` tinyint(4) NOT NULL,
  `MessageFk` bigint(20) NOT NULL,
  `Subject` text NOT NULL,
  `Message` text NOT NULL,
  `EmailType` tinyint(4) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ResponseDescript` text NOT NULL,
  `ApptReminderRuleNum` bigint(20) NOT NULL,
  `ShortGUID` varchar(255) NOT NULL,
  `DateTimeSendFailed` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ApptNum` bigint(20) NOT NULL,
  `ApptDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TSPrior` bigint(20) NOT NULL,
  `StatementNum` bigint(20) NOT NULL,
  KEY `PatNum` (`PatNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `MessageFk` (`MessageFk`),
  KEY `ApptReminderRuleNum` (`ApptReminderRuleNum`),
  KEY `ApptNum` (`ApptNum`),
  KEY `TSPrior` (`TSPrior`),
  KEY `StatementNum` (`StatementNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `oidexternal` (
  `OIDExternalNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `IDType` varchar(255) NOT NULL,
  `IDInternal` bigint(20) NOT NULL,
  `IDExternal` varchar(255) NOT NULL,
  `rootExternal` varchar(255) NOT NULL,
  PRIMARY KEY (`OIDExternalNum`),
  KEY `IDType` (`IDType`,`IDInternal`),
  KEY `rootExternal` (`rootExternal`(62),`IDExternal`(62))
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `oidinternal` (
  `OIDInternalNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `IDType` varchar(255) NOT NULL,
  `IDRoot` varchar(255) NOT NULL,
  PRIMARY KEY (`OIDInternalNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `operatory` (
  `OperatoryNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `OpName` varchar(255) DEFAULT '',
  `Abbrev` varchar(255) DEFAULT '',
  `ItemOrder` smallint(5) unsigned NOT NULL DEFAULT '0',
  `IsHidden` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ProvDentist` bigint(20) NOT NULL,
  `ProvHygienist` bigint(20) NOT NULL,
  `IsHygiene` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ClinicNum` bigint(20) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `SetProspective` tinyint(4) NOT NULL,
  `IsWebSched` tinyint(4) NOT NULL,
  `IsNewPatAppt` tinyint(4) NOT NULL,
  `OperatoryType` bigint(20) NOT NULL,
  PRIMARY KEY (`OperatoryNum`),
  KEY `ProvDentist` (`ProvDentist`),
  KEY `ProvHygienist` (`ProvHygienist`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `OperatoryType` (`OperatoryType`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orionproc` (
  `OrionProcNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProcNum` bigint(20) NOT NULL,
  `DPC` tinyint(4) NOT NULL,
  `DateScheduleBy` date NOT NULL DEFAULT '0001-01-01',
  `DateStopClock` date NOT NULL DEFAULT '0001-01-01',
  `Status2` int(11) NOT NULL,
  `IsOnCall` tinyint(4) NOT NULL,
  `IsEffectiveComm` tinyint(4) NOT NULL,
  `IsRepair` tinyint(4) NOT NULL,
  `DPCpost` tinyint(4) NOT NULL,
  PRIMARY KEY (`OrionProcNum`),
  KEY `ProcNum` (`ProcNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthocase` (
  `OrthoCaseNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `Fee` double NOT NULL,
  `FeeInsPrimary` double NOT NULL,
  `FeePat` double NOT NULL,
  `BandingDate` date NOT NULL DEFAULT '0001-01-01',
  `DebondDate` date NOT NULL DEFAULT '0001-01-01',
  `DebondDateExpected` date NOT NULL DEFAULT '0001-01-01',
  `IsTransfer` tinyint(4) NOT NULL,
  `OrthoType` bigint(20) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `IsActive` tinyint(4) NOT NULL,
  `FeeInsSecondary` double NOT NULL,
  PRIMARY KEY (`OrthoCaseNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `OrthoType` (`OrthoType`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthochart` (
  `OrthoChartNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DateService` date NOT NULL DEFAULT '0001-01-01',
  `FieldName` varchar(255) NOT NULL,
  `FieldValue` text NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `OrthoChartRowNum` bigint(20) NOT NULL,
  PRIMARY KEY (`OrthoChartNum`),
  KEY `PatNum` (`PatNum`),
  KEY `UserNum` (`UserNum`),
  KEY `OrthoChartRowNum` (`OrthoChartRowNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthochartlog` (
  `OrthoChartLogNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PatNum` bigint(20) NOT NULL,
  `ComputerName` varchar(255) NOT NULL,
  `DateTimeLog` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeService` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `UserNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `OrthoChartRowNum` bigint(20) NOT NULL,
  `LogData` mediumtext NOT NULL,
  KEY `PatNum` (`PatNum`),
  KEY `UserNum` (`UserNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `OrthoChartRowNum` (`OrthoChartRowNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthochartrow` (
  `OrthoChartRowNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PatNum` bigint(20) NOT NULL,
  `DateTimeService` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `UserNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `Signature` text NOT NULL,
  KEY `PatNum` (`PatNum`),
  KEY `UserNum` (`UserNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthocharttab` (
  `OrthoChartTabNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TabName` varchar(255) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  PRIMARY KEY (`OrthoChartTabNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthocharttablink` (
  `OrthoChartTabLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ItemOrder` int(11) NOT NULL,
  `OrthoChartTabNum` bigint(20) NOT NULL,
  `DisplayFieldNum` bigint(20) NOT NULL,
  `ColumnWidthOverride` int(11) NOT NULL,
  PRIMARY KEY (`OrthoChartTabLinkNum`),
  KEY `OrthoChartTabNum` (`OrthoChartTabNum`),
  KEY `DisplayFieldNum` (`DisplayFieldNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthohardware` (
  `OrthoHardwareNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PatNum` bigint(20) NOT NULL,
  `DateExam` date NOT NULL DEFAULT '0001-01-01',
  `OrthoHardwareType` tinyint(4) NOT NULL,
  `OrthoHardwareSpecNum` bigint(20) NOT NULL,
  `ToothRange` varchar(255) NOT NULL,
  `Note` varchar(255) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  KEY `PatNum` (`PatNum`),
  KEY `OrthoHardwareSpecNum` (`OrthoHardwareSpecNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthohardwarespec` (
  `OrthoHardwareSpecNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `OrthoHardwareType` tinyint(4) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `ItemColor` int(11) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `ItemOrder` int(11) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthoplanlink` (
  `OrthoPlanLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `OrthoCaseNum` bigint(20) NOT NULL,
  `LinkType` tinyint(4) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `IsActive` tinyint(4) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecUserNumEntry` bigint(20) NOT NULL,
  PRIMARY KEY (`OrthoPlanLinkNum`),
  KEY `OrthoCaseNum` (`OrthoCaseNum`),
  KEY `FKey` (`FKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthoproclink` (
  `OrthoProcLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `OrthoCaseNum` bigint(20) NOT NULL,
  `ProcNum` bigint(20) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecUserNumEntry` bigint(20) NOT NULL,
  `ProcLinkType` tinyint(4) NOT NULL,
  PRIMARY KEY (`OrthoProcLinkNum`),
  KEY `OrthoCaseNum` (`OrthoCaseNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthorx` (
  `OrthoRxNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `OrthoHardwareSpecNum` bigint(20) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `ToothRange` varchar(255) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  KEY `OrthoHardwareSpecNum` (`OrthoHardwareSpecNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `orthoschedule` (
  `OrthoScheduleNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `BandingDateOverride` date NOT NULL DEFAULT '0001-01-01',
  `DebondDateOverride` date NOT NULL DEFAULT '0001-01-01',
  `BandingAmount` double NOT NULL,
  `VisitAmount` double NOT NULL,
  `DebondAmount` double NOT NULL,
  `IsActive` tinyint(4) NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`OrthoScheduleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patfield` (
  `PatFieldNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `FieldName` varchar(255) DEFAULT '',
  `FieldValue` text,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`PatFieldNum`),
  KEY `PatNum` (`PatNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patfielddef` (
  `PatFieldDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `FieldName` varchar(255) DEFAULT '',
  `FieldType` tinyint(4) NOT NULL,
  `PickList` text NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  PRIMARY KEY (`PatFieldDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patfieldpickitem` (
  `PatFieldPickItemNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PatFieldDefNum` bigint(20) NOT NULL,
  `Name` varchar(255) NOT NULL,
  `Abbreviation` varchar(255) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  KEY `PatFieldDefNum` (`PatFieldDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patient` (
  `PatNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `LName` varchar(100) DEFAULT '',
  `FName` varchar(100) DEFAULT '',
  `MiddleI` varchar(100) DEFAULT '',
  `Preferred` varchar(100) DEFAULT '',
  `PatStatus` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Gender` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Position` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Birthdate` date NOT NULL DEFAULT '0001-01-01',
  `SSN` varchar(100) DEFAULT '',
  `Address` varchar(100) DEFAULT '',
  `Address2` varchar(100) DEFAULT '',
  `City` varchar(100) DEFAULT '',
  `State` varchar(100) DEFAULT '',
  `Zip` varchar(100) DEFAULT '',
  `HmPhone` varchar(30) DEFAULT '',
  `WkPhone` varchar(30) DEFAULT '',
  `WirelessPhone` varchar(30) DEFAULT '',
  `Guarantor` bigint(20) NOT NULL,
  `CreditType` char(1) DEFAULT '',
  `Email` varchar(100) DEFAULT '',
  `Salutation` varchar(100) DEFAULT '',
  `EstBalance` double NOT NULL DEFAULT '0',
  `PriProv` bigint(20) NOT NULL,
  `SecProv` bigint(20) NOT NULL,
  `FeeSched` bigint(20) NOT NULL,
  `BillingType` bigint(20) NOT NULL,
  `ImageFolder` varchar(100) DEFAULT '',
  `AddrNote` text,
  `FamFinUrgNote` text,
  `MedUrgNote` varchar(255) DEFAULT '',
  `ApptModNote` varchar(255) DEFAULT '',
  `StudentStatus` char(1) DEFAULT '',
  `SchoolName` varchar(255) NOT NULL,
  `ChartNumber` varchar(100) NOT NULL,
  `MedicaidID` varchar(20) DEFAULT '',
  `Bal_0_30` double NOT NULL DEFAULT '0',
  `Bal_31_60` double NOT NULL DEFAULT '0',
  `Bal_61_90` double NOT NULL DEFAULT '0',
  `BalOver90` double NOT NULL DEFAULT '0',
  `InsEst` double NOT NULL DEFAULT '0',
  `BalTotal` double NOT NULL DEFAULT '0',
  `EmployerNum` bigint(20) NOT NULL,
  `EmploymentNote` varchar(255) DEFAULT '',
  `County` varchar(255) DEFAULT '',
  `GradeLevel` tinyint(4) NOT NULL DEFAULT '0',
  `Urgency` tinyint(4) NOT NULL DEFAULT '0',
  `DateFirstVisit` date NOT NULL DEFAULT '0001-01-01',
  `ClinicNum` bigint(20) NOT NULL,
  `HasIns` varchar(255) DEFAULT '',
  `TrophyFolder` varchar(255) DEFAULT '',
  `PlannedIsDone` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Premed` tinyint(3) unsigned NOT NULL,
  `Ward` varchar(255) DEFAULT '',
  `PreferConfirmMethod` tinyint(3) unsigned NOT NULL,
  `PreferContactMethod` tinyint(3) unsigned NOT NULL,
  `PreferRecallMethod` tinyint(3) unsigned NOT NULL,
  `SchedBeforeTime` time DEFAULT NULL,
  `SchedAfterTime` time DEFAULT NULL,
  `SchedDayOfWeek` tinyint(3) unsigned NOT NULL,
  `Language` varchar(100) DEFAULT '',
  `AdmitDate` date NOT NULL DEFAULT '0001-01-01',
  `Title` varchar(15) DEFAULT NULL,
  `PayPlanDue` double NOT NULL,
  `SiteNum` bigint(20) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ResponsParty` bigint(20) NOT NULL,
  `CanadianEligibilityCode` tinyint(4) NOT NULL,
  `AskToArriveEarly` int(11) NOT NULL,
  `PreferContactConfidential` tinyint(4) NOT NULL,
  `SuperFamily` bigint(20) NOT NULL,
  `TxtMsgOk` tinyint(4) NOT NULL,
  `SmokingSnoMed` varchar(32) NOT NULL,
  `Country` varchar(255) NOT NULL,
  `DateTimeDeceased` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `BillingCycleDay` int(11) NOT NULL DEFAULT '1',
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `HasSuperBilling` tinyint(4) NOT NULL,
  `PatNumCloneFrom` bigint(20) NOT NULL,
  `DiscountPlanNum` bigint(20) NOT NULL,
  `HasSignedTil` tinyint(4) NOT NULL,
  `ShortCodeOptIn` tinyint(4) NOT NULL,
  `SecurityHash` varchar(255) NOT NULL,
  PRIMARY KEY (`PatNum`),
  KEY `indexLName` (`LName`(10)),
  KEY `indexFName` (`FName`(10)),
  KEY `indexLFName` (`LName`,`FName`),
  KEY `indexGuarantor` (`Guarantor`),
  KEY `ResponsParty` (`ResponsParty`),
  KEY `SuperFamily` (`SuperFamily`),
  KEY `SiteNum` (`SiteNum`),
  KEY `PatStatus` (`PatStatus`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `Email` (`Email`),
  KEY `ChartNumber` (`ChartNumber`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `HmPhone` (`HmPhone`),
  KEY `WirelessPhone` (`WirelessPhone`),
  KEY `WkPhone` (`WkPhone`),
  KEY `PatNumCloneFrom` (`PatNumCloneFrom`),
  KEY `DiscountPlanNum` (`DiscountPlanNum`),
  KEY `FeeSched` (`FeeSched`),
  KEY `SecDateEntry` (`SecDateEntry`),
  KEY `PriProv` (`PriProv`),
  KEY `SecProv` (`SecProv`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patientlink` (
  `PatientLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNumFrom` bigint(20) NOT NULL,
  `PatNumTo` bigint(20) NOT NULL,
  `LinkType` tinyint(4) NOT NULL,
  `DateTimeLink` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`PatientLinkNum`),
  KEY `PatNumFrom` (`PatNumFrom`),
  KEY `PatNumTo` (`PatNumTo`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patientnote` (
  `PatNum` bigint(20) NOT NULL,
  `FamFinancial` text,
  `ApptPhone` text,
  `Medical` text,
  `Service` text,
  `MedicalComp` text,
  `Treatment` text,
  `ICEName` varchar(255) NOT NULL,
  `ICEPhone` varchar(30) NOT NULL,
  `OrthoMonthsTreatOverride` int(11) NOT NULL DEFAULT '-1',
  `DateOrthoPlacementOverride` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `Consent` tinyint(4) NOT NULL,
  `UserNumOrthoLocked` bigint(20) NOT NULL,
  `Pronoun` tinyint(4) NOT NULL,
  PRIMARY KEY (`PatNum`),
  KEY `SecDateTEntry` (`SecDateTEntry`),
  KEY `SecDateTEdit` (`SecDateTEdit`),
  KEY `UserNumOrthoLocked` (`UserNumOrthoLocked`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patientportalinvite` (
  `PatientPortalInviteNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ApptNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TSPrior` bigint(20) NOT NULL,
  `SendStatus` tinyint(4) NOT NULL,
  `MessageFk` bigint(20) NOT NULL,
  `ResponseDescript` text NOT NULL,
  `MessageType` tinyint(4) NOT NULL,
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ApptReminderRuleNum` bigint(20) NOT NULL,
  `ApptDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`PatientPortalInviteNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `ApptNum` (`ApptNum`),
  KEY `MessageFk` (`MessageFk`),
  KEY `ApptReminderRuleNum` (`ApptReminderRuleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patientrace` (
  `PatientRaceNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `Race` tinyint(4) NOT NULL,
  `CdcrecCode` varchar(255) NOT NULL,
  PRIMARY KEY (`PatientRaceNum`),
  KEY `PatNum` (`PatNum`),
  KEY `CdcrecCode` (`CdcrecCode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patplan` (
  `PatPlanNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `Ordinal` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `IsPending` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Relationship` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `PatID` varchar(100) DEFAULT '',
  `InsSubNum` bigint(20) NOT NULL,
  `OrthoAutoFeeBilledOverride` double NOT NULL DEFAULT '-1',
  `OrthoAutoNextClaimDate` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`PatPlanNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `InsSubNum` (`InsSubNum`),
  KEY `SecDateTEdit` (`SecDateTEdit`),
  KEY `SecDateTEntry` (`SecDateTEntry`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `patrestriction` (
  `PatRestrictionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `PatRestrictType` tinyint(4) NOT NULL,
  PRIMARY KEY (`PatRestrictionNum`),
  KEY `PatNumRestrictType` (`PatNum`,`PatRestrictType`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payconnectresponseweb` (
  `PayConnectResponseWebNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `PayNum` bigint(20) NOT NULL,
  `AccountToken` varchar(255) NOT NULL,
  `PaymentToken` varchar(255) NOT NULL,
  `ProcessingStatus` varchar(255) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimePending` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeCompleted` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeExpired` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeLastError` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `LastResponseStr` text NOT NULL,
  `CCSource` tinyint(4) NOT NULL,
  `Amount` double NOT NULL,
  `PayNote` varchar(255) NOT NULL,
  `IsTokenSaved` tinyint(4) NOT NULL,
  `PayToken` varchar(255) NOT NULL,
  `ExpDateToken` varchar(255) NOT NULL,
  `RefNumber` varchar(255) NOT NULL,
  `TransType` varchar(255) NOT NULL,
  `EmailResponse` varchar(255) NOT NULL,
  `LogGuid` varchar(36) NOT NULL,
  PRIMARY KEY (`PayConnectResponseWebNum`),
  KEY `PatNum` (`PatNum`),
  KEY `PayNum` (`PayNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payment` (
  `PayNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PayType` bigint(20) NOT NULL,
  `PayDate` date NOT NULL DEFAULT '0000-00-00',
  `PayAmt` double NOT NULL DEFAULT '0',
  `CheckNum` varchar(25) DEFAULT '',
  `BankBranch` varchar(25) DEFAULT '',
  `PayNote` text NOT NULL,
  `IsSplit` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `PatNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `DateEntry` date NOT NULL DEFAULT '0001-01-01',
  `DepositNum` bigint(20) NOT NULL,
  `Receipt` text NOT NULL,
  `IsRecurringCC` tinyint(4) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `PaymentSource` tinyint(4) NOT NULL,
  `ProcessStatus` tinyint(4) NOT NULL,
  `RecurringChargeDate` date NOT NULL DEFAULT '0001-01-01',
  `ExternalId` varchar(255) NOT NULL,
  `PaymentStatus` tinyint(4) NOT NULL,
  `IsCcCompleted` tinyint(4) NOT NULL,
  `MerchantFee` double NOT NULL,
  PRIMARY KEY (`PayNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `DepositNum` (`DepositNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payortype` (
  `PayorTypeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DateStart` date NOT NULL DEFAULT '0001-01-01',
  `SopCode` varchar(255) NOT NULL,
  `Note` text NOT NULL,
  PRIMARY KEY (`PayorTypeNum`),
  KEY `PatNum` (`PatNum`),
  KEY `SopCode` (`SopCode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payperiod` (
  `PayPeriodNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DateStart` date NOT NULL DEFAULT '0001-01-01',
  `DateStop` date NOT NULL DEFAULT '0001-01-01',
  `DatePaycheck` date NOT NULL DEFAULT '0001-01-01',
  PRIMARY KEY (`PayPeriodNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payplan` (
  `PayPlanNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `Guarantor` bigint(20) NOT NULL,
  `PayPlanDate` date NOT NULL DEFAULT '0000-00-00',
  `APR` double NOT NULL DEFAULT '0',
  `Note` text,
  `PlanNum` bigint(20) NOT NULL,
  `CompletedAmt` double NOT NULL,
  `InsSubNum` bigint(20) NOT NULL,
  `PaySchedule` tinyint(4) NOT NULL,
  `NumberOfPayments` int(11) NOT NULL,
  `PayAmt` double NOT NULL,
  `DownPayment` double NOT NULL,
  `IsClosed` tinyint(4) NOT NULL,
  `Signature` text NOT NULL,
  `SigIsTopaz` tinyint(4) NOT NULL,
  `PlanCategory` bigint(20) NOT NULL,
  `IsDynamic` tinyint(4) NOT NULL,
  `ChargeFrequency` tinyint(4) NOT NULL,
  `DatePayPlanStart` date NOT NULL DEFAULT '0001-01-01',
  `IsLocked` tinyint(4) NOT NULL,
  `DateInterestStart` date NOT NULL DEFAULT '0001-01-01',
  `DynamicPayPlanTPOption` tinyint(4) NOT NULL,
  `MobileAppDeviceNum` bigint(20) NOT NULL,
  `SecurityHash` varchar(255) NOT NULL,
  PRIMARY KEY (`PayPlanNum`),
  KEY `InsSubNum` (`InsSubNum`),
  KEY `PlanCategory` (`PlanCategory`),
  KEY `PatNum` (`PatNum`),
  KEY `Guarantor` (`Guarantor`),
  KEY `PlanNum` (`PlanNum`),
  KEY `MobileAppDeviceNum` (`MobileAppDeviceNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payplancharge` (
  `PayPlanChargeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PayPlanNum` bigint(20) NOT NULL,
  `Guarantor` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ChargeDate` date NOT NULL DEFAULT '0001-01-01',
  `Principal` double NOT NULL DEFAULT '0',
  `Interest` double NOT NULL DEFAULT '0',
  `Note` text,
  `ProvNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `ChargeType` tinyint(4) NOT NULL,
  `ProcNum` bigint(20) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `StatementNum` bigint(20) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `LinkType` tinyint(4) NOT NULL,
  `IsOffset` tinyint(4) NOT NULL,
  PRIMARY KEY (`PayPlanChargeNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `indexGuarantor` (`Guarantor`),
  KEY `indexPayPlanNum` (`PayPlanNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `StatementNum` (`StatementNum`),
  KEY `FKey` (`FKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payplanlink` (
  `PayPlanLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PayPlanNum` bigint(20) NOT NULL,
  `LinkType` tinyint(4) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `AmountOverride` double NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`PayPlanLinkNum`),
  KEY `PayPlanNum` (`PayPlanNum`),
  KEY `FKey` (`FKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payplantemplate` (
  `PayPlanTemplateNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PayPlanTemplateName` varchar(255) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `APR` double NOT NULL,
  `InterestDelay` int(11) NOT NULL,
  `PayAmt` double NOT NULL,
  `NumberOfPayments` int(11) NOT NULL,
  `ChargeFrequency` tinyint(4) NOT NULL,
  `DownPayment` double NOT NULL,
  `DynamicPayPlanTPOption` tinyint(4) NOT NULL,
  `Note` varchar(255) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `paysplit` (
  `SplitNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SplitAmt` double NOT NULL DEFAULT '0',
  `PatNum` bigint(20) NOT NULL,
  `ProcDate` date NOT NULL DEFAULT '0000-00-00',
  `PayNum` bigint(20) NOT NULL,
  `IsDiscount` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `DiscountType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ProvNum` bigint(20) NOT NULL,
  `PayPlanNum` bigint(20) NOT NULL,
  `DatePay` date NOT NULL DEFAULT '0001-01-01',
  `ProcNum` bigint(20) NOT NULL,
  `DateEntry` date NOT NULL DEFAULT '0001-01-01',
  `UnearnedType` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `FSplitNum` bigint(20) NOT NULL,
  `AdjNum` bigint(20) NOT NULL,
  `PayPlanChargeNum` bigint(20) NOT NULL,
  `PayPlanDebitType` tinyint(4) NOT NULL,
  `SecurityHash` varchar(255) NOT NULL,
  PRIMARY KEY (`SplitNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `PayNum` (`PayNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `DatePay` (`DatePay`),
  KEY `PayPlanNum` (`PayPlanNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `PrepaymentNum` (`FSplitNum`),
  KEY `indexPNAmt` (`ProcNum`,`SplitAmt`),
  KEY `AdjNum` (`AdjNum`),
  KEY `PayPlanChargeNum` (`PayPlanChargeNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `payterminal` (
  `PayTerminalNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `Name` varchar(255) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `TerminalID` varchar(255) NOT NULL,
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `pearlrequest` (
  `PearlRequestNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `RequestId` varchar(255) NOT NULL,
  `DocNum` bigint(20) NOT NULL,
  `RequestStatus` tinyint(4) NOT NULL,
  `DateTSent` date NOT NULL DEFAULT '0001-01-01',
  `DateTChecked` date NOT NULL DEFAULT '0001-01-01',
  KEY `DocNum` (`DocNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `perioexam` (
  `PerioExamNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ExamDate` date NOT NULL DEFAULT '0000-00-00',
  `ProvNum` bigint(20) NOT NULL,
  `DateTMeasureEdit` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Note` text NOT NULL,
  PRIMARY KEY (`PerioExamNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `periomeasure` (
  `PerioMeasureNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PerioExamNum` bigint(20) NOT NULL,
  `SequenceType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `IntTooth` smallint(6) NOT NULL,
  `ToothValue` smallint(6) NOT NULL,
  `MBvalue` smallint(6) NOT NULL,
  `Bvalue` smallint(6) NOT NULL,
  `DBvalue` smallint(6) NOT NULL,
  `MLvalue` smallint(6) NOT NULL,
  `Lvalue` smallint(6) NOT NULL,
  `DLvalue` smallint(6) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`PerioMeasureNum`),
  KEY `PerioExamNum` (`PerioExamNum`),
  KEY `SecDateTEntry` (`SecDateTEntry`),
  KEY `SecDateTEdit` (`SecDateTEdit`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `pharmacy` (
  `PharmacyNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PharmID` varchar(255) DEFAULT NULL,
  `StoreName` varchar(255) DEFAULT NULL,
  `Phone` varchar(255) DEFAULT NULL,
  `Fax` varchar(255) DEFAULT NULL,
  `Address` varchar(255) DEFAULT NULL,
  `Address2` varchar(255) DEFAULT NULL,
  `City` varchar(255) DEFAULT NULL,
  `State` varchar(255) DEFAULT NULL,
  `Zip` varchar(255) DEFAULT NULL,
  `Note` text,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`PharmacyNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `pharmclinic` (
  `PharmClinicNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PharmacyNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  PRIMARY KEY (`PharmClinicNum`),
  KEY `PharmacyNum` (`PharmacyNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `phonenumber` (
  `PhoneNumberNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `PhoneNumberVal` varchar(255) DEFAULT NULL,
  `PhoneNumberDigits` varchar(30) NOT NULL,
  `PhoneType` tinyint(4) NOT NULL,
  PRIMARY KEY (`PhoneNumberNum`),
  KEY `PatNum` (`PatNum`),
  KEY `PhoneNumberVal` (`PhoneNumberVal`),
  KEY `PatPhoneDigits` (`PatNum`,`PhoneNumberDigits`),
  KEY `PhoneNumberDigits` (`PhoneNumberDigits`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `popup` (
  `PopupNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `Description` text,
  `IsDisabled` tinyint(1) NOT NULL,
  `PopupLevel` tinyint(4) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `DateTimeEntry` datetime NOT NULL,
  `IsArchived` tinyint(4) NOT NULL,
  `PopupNumArchive` bigint(20) NOT NULL,
  `DateTimeDisabled` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`PopupNum`),
  KEY `UserNum` (`UserNum`),
  KEY `PopupNumArchive` (`PopupNumArchive`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `preference` (
  `PrefName` varchar(255) NOT NULL DEFAULT '',
  `ValueString` text NOT NULL,
  `PrefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Comments` text,
  PRIMARY KEY (`PrefNum`),
  KEY `PrefName` (`PrefName`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `printer` (
  `PrinterNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ComputerNum` bigint(20) NOT NULL,
  `PrintSit` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `PrinterName` varchar(255) DEFAULT '',
  `DisplayPrompt` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `FileExtension` varchar(255) NOT NULL,
  `IsVirtualPrinter` tinyint(4) NOT NULL,
  PRIMARY KEY (`PrinterNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procapptcolor` (
  `ProcApptColorNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CodeRange` varchar(255) NOT NULL,
  `ColorText` int(11) NOT NULL,
  `ShowPreviousDate` tinyint(4) NOT NULL,
  PRIMARY KEY (`ProcApptColorNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procbutton` (
  `ProcButtonNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `ItemOrder` smallint(5) unsigned NOT NULL DEFAULT '0',
  `Category` bigint(20) NOT NULL,
  `ButtonImage` text,
  `IsMultiVisit` tinyint(4) NOT NULL,
  PRIMARY KEY (`ProcButtonNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procbuttonitem` (
  `ProcButtonItemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProcButtonNum` bigint(20) NOT NULL,
  `OldCode` varchar(15) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL DEFAULT '',
  `AutoCodeNum` bigint(20) NOT NULL,
  `CodeNum` bigint(20) NOT NULL,
  `ItemOrder` bigint(20) NOT NULL,
  PRIMARY KEY (`ProcButtonItemNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procbuttonquick` (
  `ProcButtonQuickNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) NOT NULL,
  `CodeValue` varchar(255) NOT NULL,
  `Surf` varchar(255) NOT NULL,
  `YPos` int(11) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `IsLabel` tinyint(4) NOT NULL,
  PRIMARY KEY (`ProcButtonQuickNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `proccodenote` (
  `ProcCodeNoteNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CodeNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `Note` text,
  `ProcTime` varchar(255) DEFAULT NULL,
  `ProcStatus` tinyint(4) NOT NULL,
  PRIMARY KEY (`ProcCodeNoteNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procedurecode` (
  `CodeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProcCode` varchar(15) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL DEFAULT '',
  `Descript` varchar(255) DEFAULT '',
  `AbbrDesc` varchar(50) DEFAULT '',
  `ProcTime` varchar(24) DEFAULT '',
  `ProcCat` bigint(20) NOT NULL,
  `TreatArea` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `NoBillIns` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `IsProsth` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `DefaultNote` text,
  `IsHygiene` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `GTypeNum` smallint(5) unsigned NOT NULL DEFAULT '0',
  `AlternateCode1` varchar(15) DEFAULT '',
  `MedicalCode` varchar(15) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT '',
  `IsTaxed` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `PaintType` tinyint(4) NOT NULL DEFAULT '0',
  `GraphicColor` int(11) NOT NULL,
  `LaymanTerm` varchar(255) DEFAULT '',
  `IsCanadianLab` tinyint(3) unsigned NOT NULL,
  `PreExisting` tinyint(1) NOT NULL DEFAULT '0',
  `BaseUnits` int(11) NOT NULL,
  `SubstitutionCode` varchar(25) DEFAULT NULL,
  `SubstOnlyIf` int(11) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `IsMultiVisit` tinyint(4) NOT NULL,
  `DrugNDC` varchar(255) NOT NULL,
  `RevenueCodeDefault` varchar(255) NOT NULL,
  `ProvNumDefault` bigint(20) NOT NULL,
  `CanadaTimeUnits` double NOT NULL,
  `IsRadiology` tinyint(4) NOT NULL,
  `DefaultClaimNote` text NOT NULL,
  `DefaultTPNote` text NOT NULL,
  `BypassGlobalLock` tinyint(4) NOT NULL,
  `TaxCode` varchar(16) NOT NULL,
  `PaintText` varchar(255) NOT NULL,
  `AreaAlsoToothRange` tinyint(4) NOT NULL,
  `DiagnosticCodes` varchar(255) NOT NULL,
  PRIMARY KEY (`CodeNum`),
  KEY `ProcCode` (`ProcCode`),
  KEY `ProvNumDefault` (`ProvNumDefault`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procedurelog` (
  `ProcNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `AptNum` bigint(20) NOT NULL,
  `OldCode` varchar(15) CHARACTER SET utf8 COLLATE utf8_bin NOT NULL DEFAULT '',
  `ProcDate` date NOT NULL DEFAULT '0001-01-01',
  `ProcFee` double NOT NULL DEFAULT '0',
  `Surf` varchar(10) DEFAULT '',
  `ToothNum` varchar(2) DEFAULT '',
  `ToothRange` varchar(100) DEFAULT '',
  `Priority` bigint(20) NOT NULL,
  `ProcStatus` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ProvNum` bigint(20) NOT NULL,
  `Dx` bigint(20) NOT NULL,
  `PlannedAptNum` bigint(20) NOT NULL,
  `PlaceService` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Prosthesis` char(1) DEFAULT '',
  `DateOriginalProsth` date NOT NULL DEFAULT '0001-01-01',
  `ClaimNote` varchar(80) DEFAULT '',
  `DateEntryC` date NOT NULL DEFAULT '0001-01-01',
  `ClinicNum` bigint(20) NOT NULL,
  `MedicalCode` varchar(15) CHARACTER SET utf8 COLLATE utf8_bin DEFAULT '',
  `DiagnosticCode` varchar(255) DEFAULT '',
  `IsPrincDiag` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ProcNumLab` bigint(20) NOT NULL,
  `BillingTypeOne` bigint(20) NOT NULL,
  `BillingTypeTwo` bigint(20) NOT NULL,
  `CodeNum` bigint(20) NOT NULL,
  `CodeMod1` char(2) DEFAULT NULL,
  `CodeMod2` char(2) DEFAULT NULL,
  `CodeMod3` char(2) DEFAULT NULL,
  `CodeMod4` char(2) DEFAULT NULL,
  `RevCode` varchar(45) DEFAULT NULL,
  `UnitQty` int(11) NOT NULL,
  `BaseUnits` int(11) NOT NULL,
  `StartTime` int(11) NOT NULL,
  `StopTime` int(11) NOT NULL,
  `DateTP` date NOT NULL,
  `SiteNum` bigint(20) NOT NULL,
  `HideGraphics` tinyint(4) NOT NULL,
  `CanadianTypeCodes` varchar(20) NOT NULL,
  `ProcTime` time NOT NULL,
  `ProcTimeEnd` time NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `Prognosis` bigint(20) NOT NULL,
  `DrugUnit` tinyint(4) NOT NULL,
  `DrugQty` float NOT NULL,
  `UnitQtyType` tinyint(4) NOT NULL,
  `StatementNum` bigint(20) NOT NULL,
  `IsLocked` tinyint(4) NOT NULL,
  `BillingNote` varchar(255) NOT NULL,
  `RepeatChargeNum` bigint(20) NOT NULL,
  `SnomedBodySite` varchar(255) NOT NULL,
  `DiagnosticCode2` varchar(255) NOT NULL,
  `DiagnosticCode3` varchar(255) NOT NULL,
  `DiagnosticCode4` varchar(255) NOT NULL,
  `ProvOrderOverride` bigint(20) NOT NULL,
  `Discount` double NOT NULL,
  `IsDateProsthEst` tinyint(4) NOT NULL,
  `IcdVersion` tinyint(3) unsigned NOT NULL,
  `IsCpoe` tinyint(4) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateComplete` date NOT NULL DEFAULT '0001-01-01',
  `OrderingReferralNum` bigint(20) NOT NULL,
  `TaxAmt` double NOT NULL,
  `Urgency` tinyint(4) NOT NULL,
  `DiscountPlanAmt` double NOT NULL,
  PRIMARY KEY (`ProcNum`),
  KEY `CodeNum` (`CodeNum`),
  KEY `PlannedAptNum` (`PlannedAptNum`),
  KEY `BillingTypeOne` (`BillingTypeOne`),
  KEY `BillingTypeTwo` (`BillingTypeTwo`),
  KEY `Prognosis` (`Prognosis`),
  KEY `procedurelog_ProcNumLab` (`ProcNumLab`),
  KEY `ProcDate` (`ProcDate`),
  KEY `StatementNum` (`StatementNum`),
  KEY `RepeatChargeNum` (`RepeatChargeNum`),
  KEY `ProvOrderOverride` (`ProvOrderOverride`),
  KEY `indexPNPSCN` (`PatNum`,`ProcStatus`,`ClinicNum`),
  KEY `indexPNPD` (`ProvNum`,`ProcDate`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `indexAgingCovering` (`PatNum`,`ProcStatus`,`ProcFee`,`UnitQty`,`BaseUnits`,`ProcDate`),
  KEY `OrderingReferralNum` (`OrderingReferralNum`),
  KEY `PatStatusCodeDate` (`PatNum`,`ProcStatus`,`CodeNum`,`ProcDate`),
  KEY `DateComplete` (`DateComplete`),
  KEY `RadiologyProcs` (`AptNum`,`CodeNum`,`ProcStatus`,`IsCpoe`,`ProvNum`),
  KEY `Priority` (`Priority`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procgroupitem` (
  `ProcGroupItemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProcNum` bigint(20) NOT NULL,
  `GroupNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ProcGroupItemNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `GroupNum` (`GroupNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procmultivisit` (
  `ProcMultiVisitNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `GroupProcMultiVisitNum` bigint(20) NOT NULL,
  `ProcNum` bigint(20) NOT NULL,
  `ProcStatus` tinyint(4) NOT NULL,
  `IsInProcess` tinyint(4) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `PatNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ProcMultiVisitNum`),
  KEY `GroupProcMultiVisitNum` (`GroupProcMultiVisitNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `IsInProcess` (`IsInProcess`),
  KEY `SecDateTEntry` (`SecDateTEntry`),
  KEY `SecDateTEdit` (`SecDateTEdit`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `procnote` (
  `ProcNoteNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ProcNum` bigint(20) NOT NULL,
  `EntryDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `UserNum` bigint(20) NOT NULL,
  `Note` text,
  `SigIsTopaz` tinyint(3) unsigned NOT NULL,
  `Signature` text,
  PRIMARY KEY (`ProcNoteNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `proctp` (
  `ProcTPNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TreatPlanNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ProcNumOrig` bigint(20) NOT NULL,
  `ItemOrder` smallint(5) unsigned NOT NULL DEFAULT '0',
  `Priority` bigint(20) NOT NULL,
  `ToothNumTP` varchar(255) DEFAULT '',
  `Surf` varchar(255) DEFAULT '',
  `ProcCode` varchar(15) DEFAULT NULL,
  `Descript` varchar(255) DEFAULT '',
  `FeeAmt` double NOT NULL DEFAULT '0',
  `PriInsAmt` double NOT NULL DEFAULT '0',
  `SecInsAmt` double NOT NULL DEFAULT '0',
  `PatAmt` double NOT NULL DEFAULT '0',
  `Discount` double NOT NULL,
  `Prognosis` varchar(255) NOT NULL,
  `Dx` varchar(255) NOT NULL,
  `ProcAbbr` varchar(50) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `FeeAllowed` double NOT NULL,
  `TaxAmt` double NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `DateTP` date NOT NULL DEFAULT '0001-01-01',
  `ClinicNum` bigint(20) NOT NULL,
  `CatPercUCR` double NOT NULL,
  PRIMARY KEY (`ProcTPNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `indexTreatPlanNum` (`TreatPlanNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `ProvNum` (`ProvNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `ProcNumOrig` (`ProcNumOrig`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `program` (
  `ProgramNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProgName` varchar(100) DEFAULT '',
  `ProgDesc` varchar(100) DEFAULT '',
  `Enabled` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `Path` text NOT NULL,
  `CommandLine` text NOT NULL,
  `Note` text,
  `PluginDllName` varchar(255) NOT NULL,
  `ButtonImage` text NOT NULL,
  `FileTemplate` text NOT NULL,
  `FilePath` varchar(255) NOT NULL,
  `IsDisabledByHq` tinyint(4) NOT NULL,
  `CustErr` varchar(255) NOT NULL,
  PRIMARY KEY (`ProgramNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `programproperty` (
  `ProgramPropertyNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProgramNum` bigint(20) NOT NULL,
  `PropertyDesc` varchar(255) DEFAULT '',
  `PropertyValue` text,
  `ComputerName` varchar(255) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `IsMasked` tinyint(4) NOT NULL,
  `IsHighSecurity` tinyint(4) NOT NULL,
  PRIMARY KEY (`ProgramPropertyNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `promotion` (
  `PromotionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PromotionName` varchar(255) NOT NULL,
  `DateTimeCreated` date NOT NULL DEFAULT '0001-01-01',
  `ClinicNum` bigint(20) NOT NULL,
  `TypePromotion` tinyint(4) NOT NULL,
  PRIMARY KEY (`PromotionNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `promotionlog` (
  `PromotionLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PromotionNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `MessageFk` bigint(20) NOT NULL,
  `EmailHostingFK` bigint(20) NOT NULL,
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `PromotionStatus` tinyint(4) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `SendStatus` tinyint(4) NOT NULL,
  `MessageType` tinyint(4) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ResponseDescript` text NOT NULL,
  `ApptReminderRuleNum` bigint(20) NOT NULL,
  PRIMARY KEY (`PromotionLogNum`),
  KEY `PromotionNum` (`PromotionNum`),
  KEY `PatNum` (`PatNum`),
  KEY `EmailHostingFK` (`EmailHostingFK`),
  KEY `MessageFk` (`MessageFk`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `ApptReminderRuleNum` (`ApptReminderRuleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `provider` (
  `ProvNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Abbr` varchar(255) DEFAULT NULL,
  `ItemOrder` smallint(5) unsigned NOT NULL DEFAULT '0',
  `LName` varchar(100) DEFAULT '',
  `FName` varchar(100) DEFAULT '',
  `MI` varchar(100) DEFAULT '',
  `Suffix` varchar(100) DEFAULT '',
  `FeeSched` bigint(20) NOT NULL,
  `Specialty` bigint(20) NOT NULL,
  `SSN` varchar(12) DEFAULT '',
  `StateLicense` varchar(15) DEFAULT '',
  `DEANum` varchar(15) DEFAULT '',
  `IsSecondary` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `ProvColor` int(11) NOT NULL DEFAULT '0',
  `IsHidden` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `UsingTIN` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `BlueCrossID` varchar(25) DEFAULT '',
  `SigOnFile` tinyint(1) unsigned NOT NULL DEFAULT '1',
  `MedicaidID` varchar(20) DEFAULT '',
  `OutlineColor` int(11) NOT NULL DEFAULT '0',
  `SchoolClassNum` bigint(20) NOT NULL,
  `NationalProvID` varchar(255) DEFAULT '',
  `CanadianOfficeNum` varchar(100) DEFAULT '',
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `AnesthProvType` bigint(20) NOT NULL,
  `TaxonomyCodeOverride` varchar(255) NOT NULL,
  `IsCDAnet` tinyint(4) NOT NULL,
  `EcwID` varchar(255) NOT NULL,
  `StateRxID` varchar(255) NOT NULL,
  `IsNotPerson` tinyint(4) NOT NULL,
  `StateWhereLicensed` varchar(50) NOT NULL,
  `EmailAddressNum` bigint(20) NOT NULL,
  `IsInstructor` tinyint(4) NOT NULL,
  `EhrMuStage` int(11) NOT NULL,
  `ProvNumBillingOverride` bigint(20) NOT NULL,
  `CustomID` varchar(255) NOT NULL,
  `ProvStatus` tinyint(4) NOT NULL,
  `IsHiddenReport` tinyint(4) NOT NULL,
  `IsErxEnabled` tinyint(4) NOT NULL,
  `Birthdate` date NOT NULL DEFAULT '0001-01-01',
  `SchedNote` varchar(255) NOT NULL,
  `WebSchedDescript` varchar(500) NOT NULL,
  `WebSchedImageLocation` varchar(255) NOT NULL,
  `HourlyProdGoalAmt` double NOT NULL,
  `DateTerm` date NOT NULL DEFAULT '0001-01-01',
  `PreferredName` varchar(100) NOT NULL,
  PRIMARY KEY (`ProvNum`),
  KEY `EmailAddressNum` (`EmailAddressNum`),
  KEY `ProvNumBillingOverride` (`ProvNumBillingOverride`),
  KEY `FeeSched` (`FeeSched`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `providerclinic` (
  `ProviderClinicNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProvNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `DEANum` varchar(15) NOT NULL,
  `StateLicense` varchar(50) NOT NULL,
  `StateRxID` varchar(255) NOT NULL,
  `StateWhereLicensed` varchar(15) NOT NULL,
  `CareCreditMerchantId` varchar(20) NOT NULL,
  PRIMARY KEY (`ProviderClinicNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `providercliniclink` (
  `ProviderClinicLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProvNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ProviderClinicLinkNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `providererx` (
  `ProviderErxNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `NationalProviderID` varchar(255) NOT NULL,
  `IsEnabled` tinyint(4) NOT NULL,
  `IsIdentifyProofed` tinyint(4) NOT NULL,
  `IsSentToHq` tinyint(4) NOT NULL,
  `IsEpcs` tinyint(4) NOT NULL,
  `ErxType` tinyint(4) NOT NULL,
  `UserId` varchar(255) NOT NULL,
  `AccountId` varchar(25) NOT NULL,
  `RegistrationKeyNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ProviderErxNum`),
  KEY `PatNum` (`PatNum`),
  KEY `RegistrationKeyNum` (`RegistrationKeyNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `providerident` (
  `ProviderIdentNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProvNum` bigint(20) NOT NULL,
  `PayorID` varchar(255) DEFAULT '',
  `SuppIDType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `IDNumber` varchar(255) DEFAULT '',
  PRIMARY KEY (`ProviderIdentNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `question` (
  `QuestionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ItemOrder` smallint(5) unsigned NOT NULL,
  `Description` text,
  `Answer` text,
  `FormPatNum` bigint(20) NOT NULL,
  PRIMARY KEY (`QuestionNum`),
  KEY `indexPatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `questiondef` (
  `QuestionDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` text,
  `ItemOrder` smallint(5) unsigned NOT NULL,
  `QuestType` tinyint(3) unsigned NOT NULL,
  PRIMARY KEY (`QuestionDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `quickpastecat` (
  `QuickPasteCatNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `ItemOrder` smallint(5) unsigned NOT NULL DEFAULT '0',
  `DefaultForTypes` text,
  PRIMARY KEY (`QuickPasteCatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `quickpastenote` (
  `QuickPasteNoteNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `QuickPasteCatNum` bigint(20) NOT NULL,
  `ItemOrder` smallint(5) unsigned NOT NULL DEFAULT '0',
  `Note` text,
  `Abbreviation` varchar(255) DEFAULT '',
  PRIMARY KEY (`QuickPasteNoteNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `reactivation` (
  `ReactivationNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ReactivationStatus` bigint(20) NOT NULL,
  `ReactivationNote` text NOT NULL,
  `DoNotContact` tinyint(4) NOT NULL,
  PRIMARY KEY (`ReactivationNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ReactivationStatus` (`ReactivationStatus`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `recall` (
  `RecallNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DateDueCalc` date NOT NULL DEFAULT '0001-01-01',
  `DateDue` date NOT NULL DEFAULT '0001-01-01',
  `DatePrevious` date NOT NULL DEFAULT '0001-01-01',
  `RecallInterval` int(11) NOT NULL DEFAULT '0',
  `RecallStatus` bigint(20) NOT NULL,
  `Note` text,
  `IsDisabled` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `RecallTypeNum` bigint(20) NOT NULL,
  `DisableUntilBalance` double NOT NULL,
  `DisableUntilDate` date NOT NULL DEFAULT '0001-01-01',
  `DateScheduled` date NOT NULL DEFAULT '0001-01-01',
  `Priority` tinyint(4) NOT NULL,
  `TimePatternOverride` varchar(255) NOT NULL,
  PRIMARY KEY (`RecallNum`),
  KEY `PatNum` (`PatNum`),
  KEY `DateDue` (`DateDue`),
  KEY `DatePrevious` (`DatePrevious`),
  KEY `IsDisabled` (`IsDisabled`),
  KEY `RecallTypeNum` (`RecallTypeNum`),
  KEY `DateScheduled` (`DateScheduled`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `recalltrigger` (
  `RecallTriggerNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `RecallTypeNum` bigint(20) NOT NULL,
  `CodeNum` bigint(20) NOT NULL,
  PRIMARY KEY (`RecallTriggerNum`),
  KEY `CodeNum` (`CodeNum`),
  KEY `RecallTypeNum` (`RecallTypeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `recalltype` (
  `RecallTypeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT NULL,
  `DefaultInterval` int(11) NOT NULL,
  `TimePattern` varchar(255) DEFAULT NULL,
  `Procedures` varchar(255) DEFAULT NULL,
  `AppendToSpecial` tinyint(4) NOT NULL,
  PRIMARY KEY (`RecallTypeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `reconcile` (
  `ReconcileNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `AccountNum` bigint(20) NOT NULL,
  `StartingBal` double NOT NULL DEFAULT '0',
  `EndingBal` double NOT NULL DEFAULT '0',
  `DateReconcile` date NOT NULL DEFAULT '0001-01-01',
  `IsLocked` tinyint(3) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`ReconcileNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `recurringcharge` (
  `RecurringChargeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `DateTimeCharge` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ChargeStatus` tinyint(4) NOT NULL,
  `FamBal` double NOT NULL,
  `PayPlanDue` double NOT NULL,
  `TotalDue` double NOT NULL,
  `RepeatAmt` double NOT NULL,
  `ChargeAmt` double NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `PayNum` bigint(20) NOT NULL,
  `CreditCardNum` bigint(20) NOT NULL,
  `ErrorMsg` text NOT NULL,
  PRIMARY KEY (`RecurringChargeNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `UserNum` (`UserNum`),
  KEY `PayNum` (`PayNum`),
  KEY `CreditCardNum` (`CreditCardNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `refattach` (
  `RefAttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ReferralNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `ItemOrder` smallint(5) unsigned NOT NULL DEFAULT '0',
  `RefDate` date NOT NULL DEFAULT '0000-00-00',
  `RefType` tinyint(4) NOT NULL,
  `RefToStatus` tinyint(3) unsigned NOT NULL,
  `Note` text,
  `IsTransitionOfCare` tinyint(4) NOT NULL,
  `ProcNum` bigint(20) NOT NULL,
  `DateProcComplete` date NOT NULL DEFAULT '0001-01-01',
  `ProvNum` bigint(20) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`RefAttachNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `ReferralNum` (`ReferralNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `referral` (
  `ReferralNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `LName` varchar(100) DEFAULT '',
  `FName` varchar(100) DEFAULT '',
  `MName` varchar(100) DEFAULT '',
  `SSN` varchar(9) DEFAULT '',
  `UsingTIN` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `Specialty` bigint(20) NOT NULL,
  `ST` varchar(2) DEFAULT '',
  `Telephone` varchar(10) DEFAULT '',
  `Address` varchar(100) DEFAULT '',
  `Address2` varchar(100) DEFAULT '',
  `City` varchar(100) DEFAULT '',
  `Zip` varchar(10) DEFAULT '',
  `Note` text,
  `Phone2` varchar(30) DEFAULT '',
  `IsHidden` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `NotPerson` tinyint(1) unsigned NOT NULL DEFAULT '0',
  `Title` varchar(255) DEFAULT '',
  `EMail` varchar(255) DEFAULT '',
  `PatNum` bigint(20) NOT NULL,
  `NationalProvID` varchar(255) DEFAULT NULL,
  `Slip` bigint(20) NOT NULL,
  `IsDoctor` tinyint(4) NOT NULL,
  `IsTrustedDirect` tinyint(4) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `IsPreferred` tinyint(4) NOT NULL,
  `BusinessName` varchar(255) NOT NULL,
  `DisplayNote` varchar(4000) NOT NULL,
  PRIMARY KEY (`ReferralNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `referralcliniclink` (
  `ReferralClinicLinkNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ReferralNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  KEY `ReferralNum` (`ReferralNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `registrationkey` (
  `RegistrationKeyNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `RegKey` varchar(4000) DEFAULT NULL,
  `Note` varchar(4000) DEFAULT NULL,
  `DateStarted` date NOT NULL,
  `DateDisabled` date NOT NULL,
  `DateEnded` date NOT NULL,
  `IsForeign` tinyint(1) NOT NULL,
  `UsesServerVersion` tinyint(4) NOT NULL,
  `IsFreeVersion` tinyint(4) NOT NULL,
  `IsOnlyForTesting` tinyint(4) NOT NULL,
  `VotesAllotted` int(11) NOT NULL,
  `IsResellerCustomer` tinyint(4) NOT NULL,
  `HasEarlyAccess` tinyint(4) NOT NULL,
  `DateTBackupScheduled` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `BackupPassCode` varchar(32) NOT NULL,
  PRIMARY KEY (`RegistrationKeyNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `reminderrule` (
  `ReminderRuleNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ReminderCriterion` tinyint(4) NOT NULL,
  `CriterionFK` bigint(20) NOT NULL,
  `CriterionValue` varchar(255) NOT NULL,
  `Message` varchar(255) NOT NULL,
  PRIMARY KEY (`ReminderRuleNum`),
  KEY `CriterionFK` (`CriterionFK`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `repeatcharge` (
  `RepeatChargeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ProcCode` varchar(15) DEFAULT NULL,
  `ChargeAmt` double NOT NULL DEFAULT '0',
  `DateStart` date NOT NULL DEFAULT '0001-01-01',
  `DateStop` date NOT NULL DEFAULT '0001-01-01',
  `Note` text,
  `CopyNoteToProc` tinyint(4) NOT NULL,
  `CreatesClaim` tinyint(4) NOT NULL,
  `IsEnabled` tinyint(4) NOT NULL,
  `UsePrepay` tinyint(4) NOT NULL,
  `Npi` text NOT NULL,
  `ErxAccountId` text NOT NULL,
  `ProviderName` text NOT NULL,
  `ChargeAmtAlt` double NOT NULL,
  `UnearnedTypes` varchar(4000) NOT NULL,
  `Frequency` tinyint(4) NOT NULL,
  PRIMARY KEY (`RepeatChargeNum`),
  KEY `PatNum` (`PatNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `replicationserver` (
  `ReplicationServerNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Descript` text NOT NULL,
  `ServerId` int(10) unsigned NOT NULL,
  `RangeStart` bigint(20) NOT NULL,
  `RangeEnd` bigint(20) NOT NULL,
  `AtoZpath` varchar(255) NOT NULL,
  `UpdateBlocked` tinyint(4) NOT NULL,
  `SlaveMonitor` varchar(255) NOT NULL,
  PRIMARY KEY (`ReplicationServerNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `reqneeded` (
  `ReqNeededNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Descript` varchar(255) DEFAULT NULL,
  `SchoolCourseNum` bigint(20) NOT NULL,
  `SchoolClassNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ReqNeededNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `reqstudent` (
  `ReqStudentNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ReqNeededNum` bigint(20) NOT NULL,
  `Descript` varchar(255) DEFAULT NULL,
  `SchoolCourseNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `AptNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `InstructorNum` bigint(20) NOT NULL,
  `DateCompleted` date NOT NULL DEFAULT '0001-01-01',
  PRIMARY KEY (`ReqStudentNum`),
  KEY `ReqNeededNum` (`ReqNeededNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `requiredfield` (
  `RequiredFieldNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `FieldType` tinyint(4) NOT NULL,
  `FieldName` varchar(50) NOT NULL,
  PRIMARY KEY (`RequiredFieldNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `requiredfieldcondition` (
  `RequiredFieldConditionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `RequiredFieldNum` bigint(20) NOT NULL,
  `ConditionType` varchar(50) NOT NULL,
  `Operator` tinyint(4) NOT NULL,
  `ConditionValue` varchar(255) NOT NULL,
  `ConditionRelationship` tinyint(4) NOT NULL,
  PRIMARY KEY (`RequiredFieldConditionNum`),
  KEY `RequiredFieldNum` (`RequiredFieldNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `rxalert` (
  `RxAlertNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `RxDefNum` bigint(20) NOT NULL,
  `DiseaseDefNum` bigint(20) NOT NULL,
  `AllergyDefNum` bigint(20) NOT NULL,
  `MedicationNum` bigint(20) NOT NULL,
  `NotificationMsg` varchar(255) NOT NULL,
  `IsHighSignificance` tinyint(4) NOT NULL,
  PRIMARY KEY (`RxAlertNum`),
  KEY `AllergyDefNum` (`AllergyDefNum`),
  KEY `MedicationNum` (`MedicationNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `rxdef` (
  `RxDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Drug` varchar(255) DEFAULT '',
  `Sig` varchar(255) DEFAULT '',
  `Disp` varchar(255) DEFAULT '',
  `Refills` varchar(30) DEFAULT '',
  `Notes` varchar(255) DEFAULT '',
  `IsControlled` tinyint(4) NOT NULL,
  `RxCui` bigint(20) NOT NULL,
  `IsProcRequired` tinyint(4) NOT NULL,
  `PatientInstruction` text NOT NULL,
  PRIMARY KEY (`RxDefNum`),
  KEY `RxCui` (`RxCui`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `rxnorm` (
  `RxNormNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `RxCui` varchar(255) NOT NULL,
  `MmslCode` varchar(255) NOT NULL,
  `Description` text NOT NULL,
  PRIMARY KEY (`RxNormNum`),
  KEY `RxCui` (`RxCui`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `rxpat` (
  `RxNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `RxDate` date NOT NULL DEFAULT '0000-00-00',
  `Drug` varchar(255) DEFAULT '',
  `Sig` varchar(255) DEFAULT '',
  `Disp` varchar(255) DEFAULT '',
  `Refills` varchar(30) DEFAULT '',
  `ProvNum` bigint(20) NOT NULL,
  `Notes` varchar(255) DEFAULT '',
  `PharmacyNum` bigint(20) NOT NULL,
  `IsControlled` tinyint(4) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `SendStatus` tinyint(4) NOT NULL,
  `RxCui` bigint(20) NOT NULL,
  `DosageCode` varchar(255) NOT NULL,
  `ErxGuid` varchar(40) NOT NULL,
  `IsErxOld` tinyint(4) NOT NULL,
  `ErxPharmacyInfo` varchar(255) NOT NULL,
  `IsProcRequired` tinyint(4) NOT NULL,
  `ProcNum` bigint(20) NOT NULL,
  `DaysOfSupply` double DEFAULT NULL,
  `PatientInstruction` text NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `RxType` tinyint(4) NOT NULL,
  PRIMARY KEY (`RxNum`),
  KEY `RxCui` (`RxCui`),
  KEY `ProcNum` (`ProcNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `UserNum` (`UserNum`),
  KEY `PatNumRxType` (`PatNum`,`RxType`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `schedule` (
  `ScheduleNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SchedDate` date NOT NULL DEFAULT '0000-00-00',
  `StartTime` time NOT NULL DEFAULT '00:00:00',
  `StopTime` time NOT NULL DEFAULT '00:00:00',
  `SchedType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ProvNum` bigint(20) NOT NULL,
  `BlockoutType` bigint(20) NOT NULL,
  `Note` text,
  `Status` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `EmployeeNum` bigint(20) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `ClinicNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ScheduleNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `SchedDate` (`SchedDate`),
  KEY `ClinicNumSchedType` (`ClinicNum`,`SchedType`),
  KEY `BlockoutType` (`BlockoutType`),
  KEY `EmpDateTypeStopTime` (`EmployeeNum`,`SchedDate`,`SchedType`,`StopTime`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `scheduledprocess` (
  `ScheduledProcessNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ScheduledAction` varchar(50) NOT NULL,
  `TimeToRun` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `FrequencyToRun` varchar(50) NOT NULL,
  `LastRanDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`ScheduledProcessNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `scheduleop` (
  `ScheduleOpNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ScheduleNum` bigint(20) NOT NULL,
  `OperatoryNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ScheduleOpNum`),
  KEY `ScheduleNum` (`ScheduleNum`),
  KEY `OperatoryNum` (`OperatoryNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `schoolclass` (
  `SchoolClassNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `GradYear` int(11) NOT NULL,
  `Descript` varchar(255) DEFAULT '',
  PRIMARY KEY (`SchoolClassNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `schoolcourse` (
  `SchoolCourseNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CourseID` varchar(255) DEFAULT '',
  `Descript` varchar(255) DEFAULT '',
  PRIMARY KEY (`SchoolCourseNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `screen` (
  `ScreenNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Gender` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `RaceOld` tinyint(4) NOT NULL,
  `GradeLevel` tinyint(4) NOT NULL DEFAULT '0',
  `Age` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Urgency` tinyint(4) NOT NULL DEFAULT '0',
  `HasCaries` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `NeedsSealants` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `CariesExperience` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `EarlyChildCaries` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `ExistingSealants` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `MissingAllTeeth` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Birthdate` date NOT NULL DEFAULT '0000-00-00',
  `ScreenGroupNum` bigint(20) NOT NULL,
  `ScreenGroupOrder` smallint(5) unsigned NOT NULL DEFAULT '0',
  `Comments` varchar(255) DEFAULT NULL,
  `ScreenPatNum` bigint(20) NOT NULL,
  `SheetNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ScreenNum`),
  KEY `ScreenPatNum` (`ScreenPatNum`),
  KEY `SheetNum` (`SheetNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `screengroup` (
  `ScreenGroupNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `SGDate` date NOT NULL DEFAULT '0000-00-00',
  `ProvName` varchar(255) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `PlaceService` tinyint(4) NOT NULL,
  `County` varchar(255) NOT NULL,
  `GradeSchool` varchar(255) NOT NULL,
  `SheetDefNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ScreenGroupNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `SheetDefNum` (`SheetDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `screenpat` (
  `ScreenPatNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ScreenGroupNum` bigint(20) NOT NULL,
  `SheetNum` bigint(20) NOT NULL,
  `PatScreenPerm` tinyint(4) NOT NULL,
  PRIMARY KEY (`ScreenPatNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ScreenGroupNum` (`ScreenGroupNum`),
  KEY `SheetNum` (`SheetNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `securitylog` (
  `SecurityLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PermType` smallint(6) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `LogDateTime` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `LogText` text,
  `PatNum` bigint(20) NOT NULL,
  `CompName` varchar(255) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `LogSource` tinyint(4) NOT NULL,
  `DefNum` bigint(20) NOT NULL,
  `DefNumError` bigint(20) NOT NULL,
  `DateTPrevious` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`SecurityLogNum`),
  KEY `PatNum` (`PatNum`),
  KEY `FKey` (`FKey`),
  KEY `DefNum` (`DefNum`),
  KEY `DefNumError` (`DefNumError`),
  KEY `UserNum` (`UserNum`),
  KEY `LogDateTime` (`LogDateTime`),
  KEY `PermType` (`PermType`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `securityloghash` (
  `SecurityLogHashNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SecurityLogNum` bigint(20) NOT NULL,
  `LogHash` varchar(255) NOT NULL,
  PRIMARY KEY (`SecurityLogHashNum`),
  KEY `SecurityLogNum` (`SecurityLogNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `sessiontoken` (
  `SessionTokenNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SessionTokenHash` varchar(255) NOT NULL,
  `Expiration` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TokenType` tinyint(4) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  PRIMARY KEY (`SessionTokenNum`),
  KEY `FKey` (`FKey`),
  KEY `SessionTokenHash` (`SessionTokenHash`(20)),
  KEY `Expiration` (`Expiration`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `sheet` (
  `SheetNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SheetType` int(11) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `DateTimeSheet` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `FontSize` float NOT NULL,
  `FontName` varchar(255) DEFAULT NULL,
  `Width` int(11) NOT NULL,
  `Height` int(11) NOT NULL,
  `IsLandscape` tinyint(4) NOT NULL,
  `InternalNote` text,
  `Description` varchar(255) NOT NULL,
  `ShowInTerminal` tinyint(4) NOT NULL,
  `IsWebForm` tinyint(4) NOT NULL,
  `IsMultiPage` tinyint(4) NOT NULL,
  `IsDeleted` tinyint(4) NOT NULL,
  `SheetDefNum` bigint(20) NOT NULL,
  `DocNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `DateTSheetEdited` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `HasMobileLayout` tinyint(4) NOT NULL,
  `RevID` int(11) NOT NULL,
  `WebFormSheetID` bigint(20) NOT NULL,
  PRIMARY KEY (`SheetNum`),
  KEY `PatNum` (`PatNum`),
  KEY `SheetDefNum` (`SheetDefNum`),
  KEY `DocNum` (`DocNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `WebFormSheetID` (`WebFormSheetID`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `sheetdef` (
  `SheetDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT NULL,
  `SheetType` int(11) NOT NULL,
  `FontSize` float NOT NULL,
  `FontName` varchar(255) DEFAULT NULL,
  `Width` int(11) NOT NULL,
  `Height` int(11) NOT NULL,
  `IsLandscape` tinyint(4) NOT NULL,
  `PageCount` int(11) NOT NULL,
  `IsMultiPage` tinyint(4) NOT NULL,
  `BypassGlobalLock` tinyint(4) NOT NULL,
  `HasMobileLayout` tinyint(4) NOT NULL,
  `DateTCreated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `RevID` int(11) NOT NULL,
  `AutoCheckSaveImage` tinyint(4) NOT NULL,
  `AutoCheckSaveImageDocCategory` bigint(20) NOT NULL,
  PRIMARY KEY (`SheetDefNum`),
  KEY `AutoCheckSaveImageDocCategory` (`AutoCheckSaveImageDocCategory`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `sheetfield` (
  `SheetFieldNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SheetNum` bigint(20) NOT NULL,
  `FieldType` int(11) NOT NULL,
  `FieldName` varchar(255) DEFAULT NULL,
  `FieldValue` text,
  `FontSize` float NOT NULL,
  `FontName` varchar(255) DEFAULT NULL,
  `FontIsBold` tinyint(4) NOT NULL,
  `XPos` int(11) NOT NULL,
  `YPos` int(11) NOT NULL,
  `Width` int(11) NOT NULL,
  `Height` int(11) NOT NULL,
  `GrowthBehavior` int(11) NOT NULL,
  `RadioButtonValue` varchar(255) NOT NULL,
  `RadioButtonGroup` varchar(255) NOT NULL,
  `IsRequired` tinyint(4) NOT NULL,
  `TabOrder` int(11) NOT NULL,
  `ReportableName` varchar(255) DEFAULT NULL,
  `TextAlign` tinyint(4) NOT NULL,
  `ItemColor` int(11) NOT NULL DEFAULT '-16777216',
  `DateTimeSig` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `IsLocked` tinyint(4) NOT NULL,
  `TabOrderMobile` int(11) NOT NULL,
  `UiLabelMobile` text NOT NULL,
  `UiLabelMobileRadioButton` text NOT NULL,
  `SheetFieldDefNum` bigint(20) NOT NULL,
  `CanElectronicallySign` tinyint(4) NOT NULL,
  `IsSigProvRestricted` tinyint(4) NOT NULL,
  PRIMARY KEY (`SheetFieldNum`),
  KEY `SheetNum` (`SheetNum`),
  KEY `FieldType` (`FieldType`),
  KEY `SheetNumFieldType` (`SheetNum`,`FieldType`),
  KEY `SheetFieldDefNum` (`SheetFieldDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `sheetfielddef` (
  `SheetFieldDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SheetDefNum` bigint(20) NOT NULL,
  `FieldType` int(11) NOT NULL,
  `FieldName` varchar(255) DEFAULT NULL,
  `FieldValue` text NOT NULL,
  `FontSize` float NOT NULL,
  `FontName` varchar(255) DEFAULT NULL,
  `FontIsBold` tinyint(4) NOT NULL,
  `XPos` int(11) NOT NULL,
  `YPos` int(11) NOT NULL,
  `Width` int(11) NOT NULL,
  `Height` int(11) NOT NULL,
  `GrowthBehavior` int(11) NOT NULL,
  `RadioButtonValue` varchar(255) NOT NULL,
  `RadioButtonGroup` varchar(255) NOT NULL,
  `IsRequired` tinyint(4) NOT NULL,
  `TabOrder` int(11) NOT NULL,
  `ReportableName` varchar(255) DEFAULT NULL,
  `TextAlign` tinyint(4) NOT NULL,
  `IsPaymentOption` tinyint(4) NOT NULL,
  `ItemColor` int(11) NOT NULL DEFAULT '-16777216',
  `IsLocked` tinyint(4) NOT NULL,
  `TabOrderMobile` int(11) NOT NULL,
  `UiLabelMobile` text NOT NULL,
  `UiLabelMobileRadioButton` text NOT NULL,
  `LayoutMode` tinyint(4) NOT NULL,
  `Language` varchar(255) NOT NULL,
  `CanElectronicallySign` tinyint(4) NOT NULL,
  `IsSigProvRestricted` tinyint(4) NOT NULL,
  PRIMARY KEY (`SheetFieldDefNum`),
  KEY `SheetDefNum` (`SheetDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `sigbutdef` (
  `SigButDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ButtonText` varchar(255) DEFAULT '',
  `ButtonIndex` smallint(6) NOT NULL,
  `SynchIcon` tinyint(3) unsigned NOT NULL,
  `ComputerName` varchar(255) DEFAULT '',
  `SigElementDefNumUser` bigint(20) NOT NULL,
  `SigElementDefNumExtra` bigint(20) NOT NULL,
  `SigElementDefNumMsg` bigint(20) NOT NULL,
  PRIMARY KEY (`SigButDefNum`),
  KEY `SigElementDefNumUser` (`SigElementDefNumUser`),
  KEY `SigElementDefNumExtra` (`SigElementDefNumExtra`),
  KEY `SigElementDefNumMsg` (`SigElementDefNumMsg`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `sigelementdef` (
  `SigElementDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `LightRow` tinyint(3) unsigned NOT NULL,
  `LightColor` int(11) NOT NULL,
  `SigElementType` tinyint(3) unsigned NOT NULL,
  `SigText` varchar(255) DEFAULT '',
  `Sound` mediumtext,
  `ItemOrder` smallint(6) NOT NULL,
  PRIMARY KEY (`SigElementDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `sigmessage` (
  `SigMessageNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ButtonText` varchar(255) NOT NULL,
  `ButtonIndex` int(11) NOT NULL,
  `SynchIcon` tinyint(3) unsigned NOT NULL,
  `FromUser` varchar(255) NOT NULL,
  `ToUser` varchar(255) NOT NULL,
  `MessageDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `AckDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SigText` varchar(255) NOT NULL,
  `SigElementDefNumUser` bigint(20) NOT NULL,
  `SigElementDefNumExtra` bigint(20) NOT NULL,
  `SigElementDefNumMsg` bigint(20) NOT NULL,
  PRIMARY KEY (`SigMessageNum`),
  KEY `SigElementDefNumUser` (`SigElementDefNumUser`),
  KEY `SigElementDefNumExtra` (`SigElementDefNumExtra`),
  KEY `SigElementDefNumMsg` (`SigElementDefNumMsg`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `signalod` (
  `SignalNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DateViewing` date NOT NULL DEFAULT '0001-01-01',
  `SigDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `FKey` bigint(20) NOT NULL,
  `FKeyType` varchar(255) NOT NULL,
  `IType` tinyint(4) NOT NULL,
  `RemoteRole` tinyint(4) NOT NULL,
  `MsgValue` text NOT NULL,
  PRIMARY KEY (`SignalNum`),
  KEY `indexSigDateTime` (`SigDateTime`),
  KEY `FKey` (`FKey`),
  KEY `IType` (`IType`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `site` (
  `SiteNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT NULL,
  `Note` text,
  `Address` varchar(100) NOT NULL,
  `Address2` varchar(100) NOT NULL,
  `City` varchar(100) NOT NULL,
  `State` varchar(100) NOT NULL,
  `Zip` varchar(100) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `PlaceService` tinyint(4) NOT NULL,
  PRIMARY KEY (`SiteNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `smsblockphone` (
  `SmsBlockPhoneNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `BlockWirelessNumber` varchar(255) NOT NULL,
  PRIMARY KEY (`SmsBlockPhoneNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `smsfrommobile` (
  `SmsFromMobileNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `CommlogNum` bigint(20) NOT NULL,
  `MsgText` text NOT NULL,
  `DateTimeReceived` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SmsPhoneNumber` varchar(255) NOT NULL,
  `MobilePhoneNumber` varchar(255) NOT NULL,
  `MsgPart` int(11) NOT NULL,
  `MsgTotal` int(11) NOT NULL,
  `MsgRefID` varchar(255) NOT NULL,
  `SmsStatus` tinyint(4) NOT NULL,
  `Flags` varchar(255) NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  `MatchCount` int(11) NOT NULL,
  `GuidMessage` varchar(255) NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`SmsFromMobileNum`),
  KEY `PatNum` (`PatNum`),
  KEY `CommlogNum` (`CommlogNum`),
  KEY `SecDateTEdit` (`SecDateTEdit`),
  KEY `ClinicStatusHidden` (`ClinicNum`,`SmsStatus`,`IsHidden`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `smsphone` (
  `SmsPhoneNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClinicNum` bigint(20) NOT NULL,
  `PhoneNumber` varchar(255) NOT NULL,
  `DateTimeActive` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeInactive` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `InactiveCode` varchar(255) NOT NULL,
  `CountryCode` varchar(255) NOT NULL,
  PRIMARY KEY (`SmsPhoneNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `smstomobile` (
  `SmsToMobileNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `GuidMessage` varchar(255) NOT NULL,
  `GuidBatch` varchar(255) NOT NULL,
  `SmsPhoneNumber` varchar(255) NOT NULL,
  `MobilePhoneNumber` varchar(255) NOT NULL,
  `IsTimeSensitive` tinyint(4) NOT NULL,
  `MsgType` tinyint(4) NOT NULL,
  `MsgText` text NOT NULL,
  `SmsStatus` tinyint(4) NOT NULL,
  `MsgParts` int(11) NOT NULL,
  `MsgChargeUSD` float NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `CustErrorText` varchar(255) NOT NULL,
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeTerminated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `IsHidden` tinyint(4) NOT NULL,
  `MsgDiscountUSD` float NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`SmsToMobileNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ClinicDTSent` (`ClinicNum`,`DateTimeSent`),
  KEY `SecDateTEdit` (`SecDateTEdit`),
  KEY `GuidMessage` (`GuidMessage`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `snomed` (
  `SnomedNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SnomedCode` varchar(255) NOT NULL,
  `Description` varchar(255) NOT NULL,
  PRIMARY KEY (`SnomedNum`),
  KEY `SnomedCode` (`SnomedCode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `sop` (
  `SopNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SopCode` varchar(255) NOT NULL,
  `Description` varchar(255) NOT NULL,
  PRIMARY KEY (`SopNum`),
  KEY `SopCode` (`SopCode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `stateabbr` (
  `StateAbbrNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(50) NOT NULL,
  `Abbr` varchar(50) NOT NULL,
  `MedicaidIDLength` int(11) NOT NULL,
  PRIMARY KEY (`StateAbbrNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `statement` (
  `StatementNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DateSent` date NOT NULL,
  `DateRangeFrom` date NOT NULL,
  `DateRangeTo` date NOT NULL,
  `Note` text,
  `NoteBold` text,
  `Mode_` tinyint(3) unsigned NOT NULL,
  `HidePayment` tinyint(1) NOT NULL,
  `SinglePatient` tinyint(1) NOT NULL,
  `Intermingled` tinyint(1) NOT NULL,
  `IsSent` tinyint(1) NOT NULL,
  `DocNum` bigint(20) NOT NULL,
  `DateTStamp` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `IsReceipt` tinyint(4) NOT NULL,
  `IsInvoice` tinyint(4) NOT NULL,
  `IsInvoiceCopy` tinyint(4) NOT NULL,
  `EmailSubject` varchar(255) NOT NULL,
  `EmailBody` mediumtext NOT NULL,
  `SuperFamily` bigint(20) NOT NULL,
  `IsBalValid` tinyint(4) NOT NULL,
  `InsEst` double NOT NULL,
  `BalTotal` double NOT NULL,
  `StatementType` varchar(50) NOT NULL,
  `ShortGUID` varchar(30) NOT NULL,
  `StatementShortURL` varchar(50) NOT NULL,
  `StatementURL` varchar(255) NOT NULL,
  `SmsSendStatus` tinyint(4) NOT NULL,
  `LimitedCustomFamily` tinyint(4) NOT NULL,
  PRIMARY KEY (`StatementNum`),
  KEY `PatNum` (`PatNum`),
  KEY `DocNum` (`DocNum`),
  KEY `SuperFamModeDateSent` (`SuperFamily`,`Mode_`,`DateSent`),
  KEY `ShortGUID` (`ShortGUID`),
  KEY `IsSent` (`IsSent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `statementprod` (
  `StatementProdNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `StatementNum` bigint(20) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `ProdType` tinyint(4) NOT NULL,
  `LateChargeAdjNum` bigint(20) NOT NULL,
  `DocNum` bigint(20) NOT NULL,
  PRIMARY KEY (`StatementProdNum`),
  KEY `StatementNum` (`StatementNum`),
  KEY `FKey` (`FKey`),
  KEY `ProdType` (`ProdType`),
  KEY `LateChargeAdjNum` (`LateChargeAdjNum`),
  KEY `DocNum` (`DocNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `stmtlink` (
  `StmtLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `StatementNum` bigint(20) NOT NULL,
  `StmtLinkType` tinyint(4) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  PRIMARY KEY (`StmtLinkNum`),
  KEY `StatementNum` (`StatementNum`),
  KEY `FKeyAndType` (`StmtLinkType`,`FKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `substitutionlink` (
  `SubstitutionLinkNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PlanNum` bigint(20) NOT NULL,
  `CodeNum` bigint(20) NOT NULL,
  `SubstitutionCode` varchar(25) NOT NULL,
  `SubstOnlyIf` int(11) NOT NULL,
  PRIMARY KEY (`SubstitutionLinkNum`),
  KEY `PlanNum` (`PlanNum`),
  KEY `CodeNum` (`CodeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `supplier` (
  `SupplierNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Name` varchar(255) DEFAULT NULL,
  `Phone` varchar(255) DEFAULT NULL,
  `CustomerId` varchar(255) DEFAULT NULL,
  `Website` text,
  `UserName` varchar(255) DEFAULT NULL,
  `Password` varchar(255) DEFAULT NULL,
  `Note` text,
  PRIMARY KEY (`SupplierNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `supply` (
  `SupplyNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SupplierNum` bigint(20) NOT NULL,
  `CatalogNumber` varchar(255) DEFAULT NULL,
  `Descript` varchar(255) DEFAULT NULL,
  `Category` bigint(20) NOT NULL,
  `ItemOrder` int(11) NOT NULL,
  `LevelDesired` float NOT NULL,
  `IsHidden` tinyint(1) NOT NULL,
  `Price` double NOT NULL,
  `BarCodeOrID` varchar(255) NOT NULL,
  `DispDefaultQuant` float NOT NULL,
  `DispUnitsCount` int(11) NOT NULL,
  `DispUnitDesc` varchar(255) NOT NULL,
  `LevelOnHand` float NOT NULL,
  `OrderQty` int(11) NOT NULL,
  PRIMARY KEY (`SupplyNum`),
  KEY `SupplierNum` (`SupplierNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `supplyneeded` (
  `SupplyNeededNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` text,
  `DateAdded` date NOT NULL,
  PRIMARY KEY (`SupplyNeededNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `supplyorder` (
  `SupplyOrderNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SupplierNum` bigint(20) NOT NULL,
  `DatePlaced` date NOT NULL,
  `Note` text,
  `AmountTotal` double NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `ShippingCharge` double NOT NULL,
  `DateReceived` date NOT NULL DEFAULT '0001-01-01',
  PRIMARY KEY (`SupplyOrderNum`),
  KEY `SupplierNum` (`SupplierNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `supplyorderitem` (
  `SupplyOrderItemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SupplyOrderNum` bigint(20) NOT NULL,
  `SupplyNum` bigint(20) NOT NULL,
  `Qty` int(11) NOT NULL,
  `Price` double NOT NULL,
  `DateReceived` date NOT NULL DEFAULT '0001-01-01',
  PRIMARY KEY (`SupplyOrderItemNum`),
  KEY `SupplyOrderNum` (`SupplyOrderNum`),
  KEY `SupplyNum` (`SupplyNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `task` (
  `TaskNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TaskListNum` bigint(20) NOT NULL,
  `DateTask` date NOT NULL DEFAULT '0001-01-01',
  `KeyNum` bigint(20) NOT NULL,
  `Descript` text,
  `TaskStatus` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `IsRepeating` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `DateType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `FromNum` bigint(20) NOT NULL,
  `ObjectType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `UserNum` bigint(20) NOT NULL,
  `DateTimeFinished` datetime NOT NULL,
  `PriorityDefNum` bigint(20) NOT NULL,
  `ReminderGroupId` varchar(20) NOT NULL,
  `ReminderType` smallint(6) NOT NULL,
  `ReminderFrequency` int(11) NOT NULL,
  `DateTimeOriginal` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DescriptOverride` varchar(255) NOT NULL,
  `IsReadOnly` tinyint(1) NOT NULL,
  `TriageCategory` bigint(20) NOT NULL,
  PRIMARY KEY (`TaskNum`),
  KEY `indexTaskListNum` (`TaskListNum`),
  KEY `KeyNum` (`KeyNum`),
  KEY `PriorityDefNum` (`PriorityDefNum`),
  KEY `SecDateTEdit` (`SecDateTEdit`),
  KEY `DateTimeOriginal` (`DateTimeOriginal`),
  KEY `TaskStatus` (`TaskStatus`),
  KEY `UserNum` (`UserNum`),
  KEY `TriageCategory` (`TriageCategory`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `taskancestor` (
  `TaskAncestorNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TaskNum` bigint(20) NOT NULL,
  `TaskListNum` bigint(20) NOT NULL,
  PRIMARY KEY (`TaskAncestorNum`),
  KEY `TaskNum` (`TaskNum`),
  KEY `TaskListNum` (`TaskListNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `taskattachment` (
  `TaskAttachmentNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `TaskNum` bigint(20) NOT NULL,
  `DocNum` bigint(20) NOT NULL,
  `TextValue` text NOT NULL,
  `Description` varchar(255) NOT NULL,
  KEY `TaskNum` (`TaskNum`),
  KEY `DocNum` (`DocNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `taskhist` (
  `TaskHistNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNumHist` bigint(20) NOT NULL,
  `DateTStamp` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `IsNoteChange` tinyint(4) NOT NULL,
  `TaskNum` bigint(20) NOT NULL,
  `TaskListNum` bigint(20) NOT NULL,
  `DateTask` date NOT NULL DEFAULT '0001-01-01',
  `KeyNum` bigint(20) NOT NULL,
  `Descript` text NOT NULL,
  `TaskStatus` tinyint(4) NOT NULL,
  `IsRepeating` tinyint(4) NOT NULL,
  `DateType` tinyint(4) NOT NULL,
  `FromNum` bigint(20) NOT NULL,
  `ObjectType` tinyint(4) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `UserNum` bigint(20) NOT NULL,
  `DateTimeFinished` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `PriorityDefNum` bigint(20) NOT NULL,
  `ReminderGroupId` varchar(20) NOT NULL,
  `ReminderType` smallint(6) NOT NULL,
  `ReminderFrequency` int(11) NOT NULL,
  `DateTimeOriginal` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DescriptOverride` varchar(255) NOT NULL,
  `IsReadOnly` tinyint(1) NOT NULL,
  `TriageCategory` bigint(20) NOT NULL,
  PRIMARY KEY (`TaskHistNum`),
  KEY `TaskNum` (`TaskNum`),
  KEY `SecDateTEdit` (`SecDateTEdit`),
  KEY `DateTStamp` (`DateTStamp`),
  KEY `KeyNum` (`KeyNum`),
  KEY `TriageCategory` (`TriageCategory`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `tasklist` (
  `TaskListNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Descript` varchar(255) DEFAULT '',
  `Parent` bigint(20) NOT NULL,
  `DateTL` date NOT NULL DEFAULT '0001-01-01',
  `IsRepeating` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `DateType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `FromNum` bigint(20) NOT NULL,
  `ObjectType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `GlobalTaskFilterType` tinyint(4) NOT NULL,
  `TaskListStatus` tinyint(4) NOT NULL,
  PRIMARY KEY (`TaskListNum`),
  KEY `indexParent` (`Parent`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `tasknote` (
  `TaskNoteNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TaskNum` bigint(20) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `DateTimeNote` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `Note` text NOT NULL,
  PRIMARY KEY (`TaskNoteNum`),
  KEY `TaskNum` (`TaskNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `tasksubscription` (
  `TaskSubscriptionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `TaskListNum` bigint(20) NOT NULL,
  `TaskNum` bigint(20) NOT NULL,
  PRIMARY KEY (`TaskSubscriptionNum`),
  KEY `UserNum` (`UserNum`),
  KEY `TaskNum` (`TaskNum`),
  KEY `TaskListNum` (`TaskListNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `taskunread` (
  `TaskUnreadNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TaskNum` bigint(20) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  PRIMARY KEY (`TaskUnreadNum`),
  KEY `TaskNum` (`TaskNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `terminalactive` (
  `TerminalActiveNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ComputerName` varchar(255) DEFAULT '',
  `TerminalStatus` tinyint(3) unsigned NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `SessionId` int(11) NOT NULL,
  `ProcessId` int(11) NOT NULL,
  `SessionName` varchar(255) NOT NULL,
  PRIMARY KEY (`TerminalActiveNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `timeadjust` (
  `TimeAdjustNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EmployeeNum` bigint(20) NOT NULL,
  `TimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `RegHours` time NOT NULL DEFAULT '00:00:00',
  `OTimeHours` time NOT NULL DEFAULT '00:00:00',
  `Note` text,
  `IsAuto` tinyint(4) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `PtoDefNum` bigint(20) NOT NULL DEFAULT '0',
  `PtoHours` time NOT NULL DEFAULT '00:00:00',
  `IsUnpaidProtectedLeave` tinyint(4) NOT NULL DEFAULT '0',
  `SecuUserNumEntry` bigint(20) NOT NULL DEFAULT '0',
  PRIMARY KEY (`TimeAdjustNum`),
  KEY `indexEmployeeNum` (`EmployeeNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `PtoDefNum` (`PtoDefNum`),
  KEY `SecuUserNumEntry` (`SecuUserNumEntry`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `timecardrule` (
  `TimeCardRuleNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `EmployeeNum` bigint(20) NOT NULL,
  `OverHoursPerDay` time NOT NULL,
  `AfterTimeOfDay` time NOT NULL,
  `BeforeTimeOfDay` time NOT NULL,
  `IsOvertimeExempt` tinyint(4) NOT NULL,
  `MinClockInTime` time NOT NULL,
  `HasWeekendRate3` tinyint(4) NOT NULL,
  PRIMARY KEY (`TimeCardRuleNum`),
  KEY `EmployeeNum` (`EmployeeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `toolbutitem` (
  `ToolButItemNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ProgramNum` bigint(20) NOT NULL,
  `ToolBar` smallint(5) unsigned NOT NULL DEFAULT '0',
  `ButtonText` varchar(255) DEFAULT '',
  PRIMARY KEY (`ToolButItemNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `toothgridcell` (
  `ToothGridCellNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SheetFieldNum` bigint(20) NOT NULL,
  `ToothGridColNum` bigint(20) NOT NULL,
  `ValueEntered` varchar(255) NOT NULL,
  `ToothNum` varchar(10) NOT NULL,
  PRIMARY KEY (`ToothGridCellNum`),
  KEY `SheetFieldNum` (`SheetFieldNum`),
  KEY `ToothGridColNum` (`ToothGridColNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `toothgridcol` (
  `ToothGridColNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `SheetFieldNum` bigint(20) NOT NULL,
  `NameItem` varchar(255) NOT NULL,
  `CellType` tinyint(4) NOT NULL,
  `ItemOrder` smallint(6) NOT NULL,
  `ColumnWidth` smallint(6) NOT NULL,
  `CodeNum` bigint(20) NOT NULL,
  `ProcStatus` tinyint(4) NOT NULL,
  PRIMARY KEY (`ToothGridColNum`),
  KEY `SheetFieldNum` (`SheetFieldNum`),
  KEY `CodeNum` (`CodeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `toothgriddef` (
  `ToothGridDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `NameInternal` varchar(255) DEFAULT NULL,
  `NameShowing` varchar(255) DEFAULT NULL,
  `CellType` tinyint(4) NOT NULL,
  `ItemOrder` smallint(6) NOT NULL,
  `ColumnWidth` smallint(6) NOT NULL,
  `CodeNum` bigint(20) NOT NULL,
  `ProcStatus` tinyint(4) NOT NULL,
  `SheetFieldDefNum` bigint(20) NOT NULL,
  PRIMARY KEY (`ToothGridDefNum`),
  KEY `CodeNum` (`CodeNum`),
  KEY `SheetFieldDefNum` (`SheetFieldDefNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `toothinitial` (
  `ToothInitialNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ToothNum` varchar(2) DEFAULT '',
  `InitialType` tinyint(3) unsigned NOT NULL DEFAULT '0',
  `Movement` float NOT NULL DEFAULT '0',
  `DrawingSegment` text,
  `ColorDraw` int(11) NOT NULL,
  `SecDateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `DrawText` varchar(255) NOT NULL,
  PRIMARY KEY (`ToothInitialNum`),
  KEY `PatNum` (`PatNum`),
  KEY `SecDateTEntry` (`SecDateTEntry`),
  KEY `SecDateTEdit` (`SecDateTEdit`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `transaction` (
  `TransactionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `UserNum` bigint(20) NOT NULL,
  `DepositNum` bigint(20) NOT NULL,
  `PayNum` bigint(20) NOT NULL,
  `SecUserNumEdit` bigint(20) NOT NULL,
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `TransactionInvoiceNum` bigint(20) NOT NULL,
  PRIMARY KEY (`TransactionNum`),
  KEY `SecUserNumEdit` (`SecUserNumEdit`),
  KEY `TransactionInvoiceNum` (`TransactionInvoiceNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `transactioninvoice` (
  `TransactionInvoiceNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `FileName` varchar(255) NOT NULL,
  `InvoiceData` mediumtext NOT NULL,
  `FilePath` varchar(255) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `treatplan` (
  `TreatPlanNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `DateTP` date NOT NULL DEFAULT '0001-01-01',
  `Heading` varchar(255) DEFAULT '',
  `Note` text,
  `Signature` text,
  `SigIsTopaz` tinyint(1) NOT NULL,
  `ResponsParty` bigint(20) NOT NULL,
  `DocNum` bigint(20) NOT NULL,
  `TPStatus` tinyint(4) NOT NULL,
  `SecUserNumEntry` bigint(20) NOT NULL,
  `SecDateEntry` date NOT NULL DEFAULT '0001-01-01',
  `SecDateTEdit` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `UserNumPresenter` bigint(20) NOT NULL,
  `TPType` tinyint(4) NOT NULL,
  `SignaturePractice` text NOT NULL,
  `DateTSigned` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTPracticeSigned` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SignatureText` varchar(255) NOT NULL,
  `SignaturePracticeText` varchar(255) NOT NULL,
  `MobileAppDeviceNum` bigint(20) NOT NULL,
  PRIMARY KEY (`TreatPlanNum`),
  KEY `indexPatNum` (`PatNum`),
  KEY `DocNum` (`DocNum`),
  KEY `SecUserNumEntry` (`SecUserNumEntry`),
  KEY `UserNumPresenter` (`UserNumPresenter`),
  KEY `MobileAppDeviceNum` (`MobileAppDeviceNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `treatplanattach` (
  `TreatPlanAttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TreatPlanNum` bigint(20) NOT NULL,
  `ProcNum` bigint(20) NOT NULL,
  `Priority` bigint(20) NOT NULL,
  PRIMARY KEY (`TreatPlanAttachNum`),
  KEY `TreatPlanNum` (`TreatPlanNum`),
  KEY `ProcNum` (`ProcNum`),
  KEY `Priority` (`Priority`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `treatplanparam` (
  `TreatPlanParamNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `PatNum` bigint(20) NOT NULL,
  `TreatPlanNum` bigint(20) NOT NULL,
  `ShowDiscount` tinyint(4) NOT NULL,
  `ShowMaxDed` tinyint(4) NOT NULL,
  `ShowSubTotals` tinyint(4) NOT NULL,
  `ShowTotals` tinyint(4) NOT NULL,
  `ShowCompleted` tinyint(4) NOT NULL,
  `ShowFees` tinyint(4) NOT NULL,
  `ShowIns` tinyint(4) NOT NULL,
  KEY `PatNum` (`PatNum`),
  KEY `TreatPlanNum` (`TreatPlanNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `tsitranslog` (
  `TsiTransLogNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `TransType` tinyint(4) NOT NULL,
  `TransDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ServiceType` tinyint(4) NOT NULL,
  `ServiceCode` tinyint(4) NOT NULL,
  `TransAmt` double NOT NULL,
  `AccountBalance` double NOT NULL,
  `FKeyType` tinyint(4) NOT NULL,
  `FKey` bigint(20) NOT NULL,
  `RawMsgText` varchar(1000) NOT NULL,
  `ClientId` varchar(25) NOT NULL,
  `TransJson` mediumtext NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `AggTransLogNum` bigint(20) NOT NULL,
  PRIMARY KEY (`TsiTransLogNum`),
  KEY `PatNum` (`PatNum`),
  KEY `UserNum` (`UserNum`),
  KEY `FKeyAndType` (`FKey`,`FKeyType`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `AggTransLogNum` (`AggTransLogNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `ucum` (
  `UcumNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UcumCode` varchar(255) NOT NULL,
  `Description` varchar(255) NOT NULL,
  `IsInUse` tinyint(4) NOT NULL,
  PRIMARY KEY (`UcumNum`),
  KEY `UcumCode` (`UcumCode`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `updatehistory` (
  `UpdateHistoryNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `DateTimeUpdated` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ProgramVersion` varchar(255) NOT NULL,
  `Signature` text NOT NULL,
  PRIMARY KEY (`UpdateHistoryNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `userclinic` (
  `UserClinicNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  PRIMARY KEY (`UserClinicNum`),
  KEY `UserNum` (`UserNum`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `usergroup` (
  `UserGroupNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `UserGroupNumCEMT` bigint(20) NOT NULL,
  PRIMARY KEY (`UserGroupNum`),
  KEY `UserGroupNumCEMT` (`UserGroupNumCEMT`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `usergroupattach` (
  `UserGroupAttachNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `UserGroupNum` bigint(20) NOT NULL,
  PRIMARY KEY (`UserGroupAttachNum`),
  KEY `UserGroupNum` (`UserGroupNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `userod` (
  `UserNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserName` varchar(255) DEFAULT '',
  `Password` varchar(255) DEFAULT '',
  `UserGroupNum` bigint(20) NOT NULL,
  `EmployeeNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `IsHidden` tinyint(1) NOT NULL,
  `TaskListInBox` bigint(20) NOT NULL,
  `AnesthProvType` int(2) NOT NULL DEFAULT '3',
  `DefaultHidePopups` tinyint(4) NOT NULL,
  `PasswordIsStrong` tinyint(4) NOT NULL,
  `ClinicIsRestricted` tinyint(4) NOT NULL,
  `InboxHidePopups` tinyint(4) NOT NULL,
  `UserNumCEMT` bigint(20) NOT NULL,
  `DateTFail` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `FailedAttempts` tinyint(3) unsigned NOT NULL,
  `DomainUser` varchar(255) NOT NULL,
  `IsPasswordResetRequired` tinyint(4) NOT NULL,
  `MobileWebPin` varchar(255) NOT NULL,
  `MobileWebPinFailedAttempts` tinyint(3) unsigned NOT NULL,
  `DateTLastLogin` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `EClipboardClinicalPin` varchar(128) NOT NULL,
  `BadgeId` varchar(255) NOT NULL,
  PRIMARY KEY (`UserNum`),
  KEY `UserGroupNum` (`UserGroupNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `userodapptview` (
  `UserodApptViewNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `ApptViewNum` bigint(20) NOT NULL,
  PRIMARY KEY (`UserodApptViewNum`),
  KEY `UserNum` (`UserNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `ApptViewNum` (`ApptViewNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `userodpref` (
  `UserOdPrefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `Fkey` bigint(20) NOT NULL,
  `FkeyType` tinyint(4) NOT NULL,
  `ValueString` text NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  PRIMARY KEY (`UserOdPrefNum`),
  KEY `UserNum` (`UserNum`),
  KEY `Fkey` (`Fkey`),
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `userquery` (
  `QueryNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Description` varchar(255) DEFAULT '',
  `FileName` varchar(255) DEFAULT '',
  `QueryText` mediumtext NOT NULL,
  `IsReleased` tinyint(4) DEFAULT '0',
  `IsPromptSetup` tinyint(4) NOT NULL DEFAULT '1',
  `DefaultFormatRaw` tinyint(4) NOT NULL,
  PRIMARY KEY (`QueryNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `userweb` (
  `UserWebNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `FKey` bigint(20) NOT NULL,
  `FKeyType` tinyint(4) NOT NULL,
  `UserName` varchar(255) NOT NULL,
  `Password` varchar(255) NOT NULL,
  `PasswordResetCode` varchar(255) NOT NULL,
  `RequireUserNameChange` tinyint(4) NOT NULL,
  `DateTimeLastLogin` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `RequirePasswordChange` tinyint(4) NOT NULL,
  PRIMARY KEY (`UserWebNum`),
  KEY `FKey` (`FKey`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `utm` (
  `UtmNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `CampaignName` varchar(500) NOT NULL,
  `MediumInfo` varchar(500) NOT NULL,
  `SourceInfo` varchar(500) NOT NULL
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `vaccinedef` (
  `VaccineDefNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `CVXCode` varchar(255) NOT NULL,
  `VaccineName` varchar(255) NOT NULL,
  `DrugManufacturerNum` bigint(20) NOT NULL,
  PRIMARY KEY (`VaccineDefNum`),
  KEY `DrugManufacturerNum` (`DrugManufacturerNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `vaccineobs` (
  `VaccineObsNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `VaccinePatNum` bigint(20) NOT NULL,
  `ValType` tinyint(4) NOT NULL,
  `IdentifyingCode` tinyint(4) NOT NULL,
  `ValReported` varchar(255) NOT NULL,
  `ValCodeSystem` tinyint(4) NOT NULL,
  `VaccineObsNumGroup` bigint(20) NOT NULL,
  `UcumCode` varchar(255) NOT NULL,
  `DateObs` date NOT NULL DEFAULT '0001-01-01',
  `MethodCode` varchar(255) NOT NULL,
  PRIMARY KEY (`VaccineObsNum`),
  KEY `VaccinePatNum` (`VaccinePatNum`),
  KEY `VaccineObsNumGroup` (`VaccineObsNumGroup`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `vaccinepat` (
  `VaccinePatNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `VaccineDefNum` bigint(20) NOT NULL,
  `DateTimeStart` datetime DEFAULT NULL,
  `DateTimeEnd` datetime DEFAULT NULL,
  `AdministeredAmt` float NOT NULL,
  `DrugUnitNum` bigint(20) NOT NULL,
  `LotNumber` varchar(255) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `Note` text NOT NULL,
  `FilledCity` varchar(255) NOT NULL,
  `FilledST` varchar(255) NOT NULL,
  `CompletionStatus` tinyint(4) NOT NULL,
  `AdministrationNoteCode` tinyint(4) NOT NULL,
  `UserNum` bigint(20) NOT NULL,
  `ProvNumOrdering` bigint(20) NOT NULL,
  `ProvNumAdminister` bigint(20) NOT NULL,
  `DateExpire` date NOT NULL DEFAULT '0001-01-01',
  `RefusalReason` tinyint(4) NOT NULL,
  `ActionCode` tinyint(4) NOT NULL,
  `AdministrationRoute` tinyint(4) NOT NULL,
  `AdministrationSite` tinyint(4) NOT NULL,
  PRIMARY KEY (`VaccinePatNum`),
  KEY `VaccineDefNum` (`VaccineDefNum`),
  KEY `DrugUnitNum` (`DrugUnitNum`),
  KEY `PatNum` (`PatNum`),
  KEY `UserNum` (`UserNum`),
  KEY `ProvNumOrdering` (`ProvNumOrdering`),
  KEY `ProvNumAdminister` (`ProvNumAdminister`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `vitalsign` (
  `VitalsignNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `Height` float NOT NULL,
  `Weight` float NOT NULL,
  `BpSystolic` smallint(6) NOT NULL,
  `BpDiastolic` smallint(6) NOT NULL,
  `DateTaken` date NOT NULL DEFAULT '0001-01-01',
  `HasFollowupPlan` tinyint(4) NOT NULL,
  `IsIneligible` tinyint(4) NOT NULL,
  `Documentation` text NOT NULL,
  `ChildGotNutrition` tinyint(4) NOT NULL,
  `ChildGotPhysCouns` tinyint(4) NOT NULL,
  `WeightCode` varchar(255) NOT NULL,
  `HeightExamCode` varchar(30) NOT NULL,
  `WeightExamCode` varchar(30) NOT NULL,
  `BMIExamCode` varchar(30) NOT NULL,
  `EhrNotPerformedNum` bigint(20) NOT NULL,
  `PregDiseaseNum` bigint(20) NOT NULL,
  `BMIPercentile` int(11) NOT NULL,
  `Pulse` int(11) NOT NULL,
  PRIMARY KEY (`VitalsignNum`),
  KEY `PatNum` (`PatNum`),
  KEY `WeightCode` (`WeightCode`),
  KEY `EhrNotPerformedNum` (`EhrNotPerformedNum`),
  KEY `PregDiseaseNum` (`PregDiseaseNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `webschedcarrierrule` (
  `WebSchedCarrierRuleNum` bigint(20) NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `ClinicNum` bigint(20) NOT NULL,
  `CarrierName` varchar(255) NOT NULL,
  `DisplayName` varchar(255) NOT NULL,
  `Message` text NOT NULL,
  `Rule` tinyint(4) NOT NULL,
  KEY `ClinicNum` (`ClinicNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `webschedrecall` (
  `WebSchedRecallNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ClinicNum` bigint(20) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `RecallNum` bigint(20) NOT NULL,
  `DateTimeEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateDue` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `ReminderCount` int(11) NOT NULL,
  `DateTimeSent` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTimeSendFailed` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `SendStatus` tinyint(4) NOT NULL,
  `ShortGUID` varchar(255) NOT NULL,
  `ResponseDescript` text NOT NULL,
  `Source` tinyint(4) NOT NULL,
  `CommlogNum` bigint(20) NOT NULL,
  `MessageType` tinyint(4) NOT NULL,
  `MessageFk` bigint(20) NOT NULL,
  `ApptReminderRuleNum` bigint(20) NOT NULL,
  PRIMARY KEY (`WebSchedRecallNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `PatNum` (`PatNum`),
  KEY `RecallNum` (`RecallNum`),
  KEY `CommlogNum` (`CommlogNum`),
  KEY `MessageFk` (`MessageFk`),
  KEY `ApptReminderRuleNum` (`ApptReminderRuleNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wikilistheaderwidth` (
  `WikiListHeaderWidthNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ListName` varchar(255) NOT NULL,
  `ColName` varchar(255) NOT NULL,
  `ColWidth` int(11) NOT NULL,
  `PickList` text NOT NULL,
  `IsHidden` tinyint(4) NOT NULL,
  PRIMARY KEY (`WikiListHeaderWidthNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wikilisthist` (
  `WikiListHistNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `ListName` varchar(255) NOT NULL,
  `ListHeaders` text NOT NULL,
  `ListContent` mediumtext NOT NULL,
  `DateTimeSaved` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  PRIMARY KEY (`WikiListHistNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wikipage` (
  `WikiPageNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `PageTitle` varchar(255) NOT NULL,
  `KeyWords` varchar(255) NOT NULL,
  `PageContent` mediumtext NOT NULL,
  `DateTimeSaved` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `IsDraft` tinyint(4) NOT NULL,
  `IsLocked` tinyint(4) NOT NULL,
  `IsDeleted` tinyint(4) NOT NULL DEFAULT '0',
  `PageContentPlainText` mediumtext NOT NULL,
  PRIMARY KEY (`WikiPageNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `wikipagehist` (
  `WikiPageNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `UserNum` bigint(20) NOT NULL,
  `PageTitle` varchar(255) NOT NULL,
  `PageContent` mediumtext NOT NULL,
  `DateTimeSaved` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `IsDeleted` tinyint(4) NOT NULL,
  PRIMARY KEY (`WikiPageNum`),
  KEY `UserNum` (`UserNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `xchargetransaction` (
  `XChargeTransactionNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `TransType` varchar(255) NOT NULL,
  `Amount` double NOT NULL,
  `CCEntry` varchar(255) NOT NULL,
  `PatNum` bigint(20) NOT NULL,
  `Result` varchar(255) NOT NULL,
  `ClerkID` varchar(255) NOT NULL,
  `ResultCode` varchar(255) NOT NULL,
  `Expiration` varchar(255) NOT NULL,
  `CCType` varchar(255) NOT NULL,
  `CreditCardNum` varchar(255) NOT NULL,
  `BatchNum` varchar(255) NOT NULL,
  `ItemNum` varchar(255) NOT NULL,
  `ApprCode` varchar(255) NOT NULL,
  `TransactionDateTime` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `BatchTotal` double NOT NULL,
  PRIMARY KEY (`XChargeTransactionNum`),
  KEY `PatNum` (`PatNum`),
  KEY `TransactionDateTime` (`TransactionDateTime`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `xwebresponse` (
  `XWebResponseNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `ProvNum` bigint(20) NOT NULL,
  `ClinicNum` bigint(20) NOT NULL,
  `PaymentNum` bigint(20) NOT NULL,
  `DateTEntry` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `DateTUpdate` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TransactionStatus` tinyint(4) NOT NULL,
  `ResponseCode` int(11) NOT NULL,
  `XWebResponseCode` varchar(255) NOT NULL,
  `ResponseDescription` varchar(255) NOT NULL,
  `OTK` varchar(255) NOT NULL,
  `HpfUrl` text NOT NULL,
  `HpfExpiration` datetime NOT NULL DEFAULT '0001-01-01 00:00:00',
  `TransactionID` varchar(255) NOT NULL,
  `TransactionType` varchar(255) NOT NULL,
  `Alias` varchar(255) NOT NULL,
  `CardType` varchar(255) NOT NULL,
  `CardBrand` varchar(255) NOT NULL,
  `CardBrandShort` varchar(255) NOT NULL,
  `MaskedAcctNum` varchar(255) NOT NULL,
  `Amount` double NOT NULL,
  `ApprovalCode` varchar(255) NOT NULL,
  `CardCodeResponse` varchar(255) NOT NULL,
  `ReceiptID` int(11) NOT NULL,
  `ExpDate` varchar(255) NOT NULL,
  `EntryMethod` varchar(255) NOT NULL,
  `ProcessorResponse` varchar(255) NOT NULL,
  `BatchNum` int(11) NOT NULL,
  `BatchAmount` double NOT NULL,
  `AccountExpirationDate` date NOT NULL DEFAULT '0001-01-01',
  `DebugError` text NOT NULL,
  `PayNote` text NOT NULL,
  `CCSource` tinyint(4) NOT NULL,
  `OrderId` varchar(255) NOT NULL,
  `EmailResponse` varchar(255) NOT NULL,
  `LogGuid` varchar(36) NOT NULL,
  PRIMARY KEY (`XWebResponseNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProvNum` (`ProvNum`),
  KEY `ClinicNum` (`ClinicNum`),
  KEY `PaymentNum` (`PaymentNum`),
  KEY `DateTUpdate` (`DateTUpdate`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `zipcode` (
  `ZipCodeNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ZipCodeDigits` varchar(20) DEFAULT '',
  `City` varchar(100) DEFAULT '',
  `State` varchar(20) DEFAULT '',
  `IsFrequent` tinyint(1) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`ZipCodeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `anestheticdata` (
  `AnestheticDataNum` int(11) NOT NULL AUTO_INCREMENT,
  `AnestheticRecordNum` int(11) NOT NULL,
  `AnesthOpen` char(32) DEFAULT NULL,
  `AnesthClose` char(32) DEFAULT NULL,
  `SurgOpen` char(32) DEFAULT NULL,
  `SurgClose` char(32) DEFAULT NULL,
  `Anesthetist` char(32) DEFAULT NULL,
  `Surgeon` char(32) DEFAULT NULL,
  `Asst` char(32) DEFAULT NULL,
  `Circulator` char(32) DEFAULT NULL,
  `VSMName` char(20) DEFAULT NULL,
  `VSMSerNum` char(20) DEFAULT NULL,
  `ASA` char(3) DEFAULT NULL,
  `ASA_EModifier` char(1) DEFAULT NULL,
  `O2LMin` smallint(1) DEFAULT NULL,
  `N2OLMin` smallint(1) DEFAULT NULL,
  `RteNasCan` tinyint(1) DEFAULT NULL,
  `RteNasHood` tinyint(1) DEFAULT NULL,
  `RteETT` tinyint(1) DEFAULT NULL,
  `MedRouteIVCath` tinyint(1) DEFAULT NULL,
  `MedRouteIVButtFly` tinyint(1) DEFAULT NULL,
  `MedRouteIM` tinyint(1) DEFAULT NULL,
  `MedRoutePO` tinyint(1) DEFAULT NULL,
  `MedRouteNasal` tinyint(1) DEFAULT NULL,
  `MedRouteRectal` tinyint(1) DEFAULT NULL,
  `IVSite` char(20) DEFAULT NULL,
  `IVGauge` smallint(2) DEFAULT NULL,
  `IVSideR` smallint(2) DEFAULT NULL,
  `IVSideL` smallint(2) DEFAULT NULL,
  `IVAtt` smallint(1) DEFAULT NULL,
  `IVF` char(20) DEFAULT NULL,
  `IVFVol` float DEFAULT NULL,
  `MonBP` tinyint(1) DEFAULT NULL,
  `MonSpO2` tinyint(1) DEFAULT NULL,
  `MonEtCO2` tinyint(1) DEFAULT NULL,
  `MonTemp` tinyint(1) DEFAULT NULL,
  `MonPrecordial` tinyint(1) DEFAULT NULL,
  `MonEKG` tinyint(1) DEFAULT NULL,
  `Notes` text,
  `PatWgt` smallint(3) DEFAULT NULL,
  `WgtUnitsLbs` tinyint(1) DEFAULT NULL,
  `WgtUnitsKgs` tinyint(1) DEFAULT NULL,
  `PatHgt` smallint(3) DEFAULT NULL,
  `EscortName` char(32) DEFAULT NULL,
  `EscortCellNum` char(13) DEFAULT NULL,
  `EscortRel` char(16) DEFAULT NULL,
  `NPOTime` char(5) DEFAULT NULL,
  `HgtUnitsIn` tinyint(1) DEFAULT NULL,
  `HgtUnitsCm` tinyint(1) DEFAULT NULL,
  `Signature` text,
  `SigIsTopaz` tinyint(3) unsigned DEFAULT '0',
  PRIMARY KEY (`AnestheticDataNum`),
  KEY `AnestheticRecordNum` (`AnestheticRecordNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `anestheticrecord` (
  `AnestheticRecordNum` int(11) NOT NULL AUTO_INCREMENT,
  `PatNum` int(11) NOT NULL,
  `AnestheticDate` datetime NOT NULL,
  `ProvNum` smallint(5) NOT NULL,
  PRIMARY KEY (`AnestheticRecordNum`),
  KEY `PatNum` (`PatNum`),
  KEY `ProvNum` (`ProvNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `anesthmedsgiven` (
  `AnestheticMedNum` int(3) NOT NULL AUTO_INCREMENT,
  `AnestheticRecordNum` int(11) NOT NULL,
  `AnesthMedName` char(32) DEFAULT NULL,
  `QtyGiven` double DEFAULT NULL,
  `QtyWasted` double DEFAULT NULL,
  `DoseTimeStamp` char(32) DEFAULT NULL,
  `QtyOnHandOld` double DEFAULT NULL,
  `AnesthMedNum` int(11) NOT NULL,
  PRIMARY KEY (`AnestheticMedNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `anesthmedsintake` (
  `AnestheticMedNum` int(3) NOT NULL AUTO_INCREMENT,
  `IntakeDate` datetime NOT NULL,
  `AnesthMedName` char(32) DEFAULT NULL,
  `Qty` int(6) NOT NULL,
  `SupplierIDNum` char(11) NOT NULL,
  `InvoiceNum` char(20) NOT NULL,
  PRIMARY KEY (`AnestheticMedNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `anesthmedsinventory` (
  `AnestheticMedNum` int(11) NOT NULL AUTO_INCREMENT,
  `AnesthMedName` char(30) DEFAULT NULL,
  `AnesthHowSupplied` char(20) NOT NULL,
  `QtyOnHand` double DEFAULT '0',
  `DEASchedule` char(3) DEFAULT NULL,
  PRIMARY KEY (`AnestheticMedNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `anesthmedsinventoryadj` (
  `AdjustNum` int(11) NOT NULL AUTO_INCREMENT,
  `AnestheticMedNum` int(11) NOT NULL,
  `QtyAdj` double DEFAULT NULL,
  `UserNum` int(11) NOT NULL,
  `Notes` varchar(255) DEFAULT NULL,
  `TimeStamp` datetime NOT NULL,
  PRIMARY KEY (`AdjustNum`),
  KEY `AnestheticMedNum` (`AnestheticMedNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `anesthmedsuppliers` (
  `SupplierIDNum` int(3) NOT NULL AUTO_INCREMENT,
  `SupplierName` varchar(255) NOT NULL,
  `Phone` char(13) DEFAULT NULL,
  `PhoneExt` char(6) DEFAULT NULL,
  `Fax` char(13) DEFAULT NULL,
  `Addr1` varchar(48) DEFAULT NULL,
  `Addr2` char(32) DEFAULT NULL,
  `City` varchar(48) DEFAULT NULL,
  `State` char(20) DEFAULT NULL,
  `Zip` char(10) DEFAULT NULL,
  `Contact` char(32) DEFAULT NULL,
  `WebSite` varchar(48) DEFAULT NULL,
  `Notes` text,
  PRIMARY KEY (`SupplierIDNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `anesthscore` (
  `AnesthScoreNum` int(11) NOT NULL AUTO_INCREMENT,
  `AnestheticRecordNum` int(11) DEFAULT NULL,
  `QActivity` smallint(1) DEFAULT NULL,
  `QResp` smallint(1) DEFAULT NULL,
  `QCirc` smallint(1) DEFAULT NULL,
  `QConc` smallint(1) DEFAULT NULL,
  `QColor` smallint(1) DEFAULT NULL,
  `AnesthesiaScore` smallint(2) DEFAULT NULL,
  `DischAmb` tinyint(1) DEFAULT NULL,
  `DischWheelChr` tinyint(1) DEFAULT NULL,
  `DischAmbulance` tinyint(1) DEFAULT NULL,
  `DischCondStable` tinyint(1) DEFAULT NULL,
  `DischCondUnStable` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`AnesthScoreNum`),
  KEY `AnestheticRecordNum` (`AnestheticRecordNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `anesthvsdata` (
  `AnesthVSDataNum` int(11) NOT NULL AUTO_INCREMENT,
  `AnestheticRecordNum` int(11) NOT NULL,
  `PatNum` int(11) DEFAULT NULL,
  `VSMName` char(20) DEFAULT NULL,
  `VSMSerNum` char(32) DEFAULT NULL,
  `BPSys` smallint(3) DEFAULT NULL,
  `BPDias` smallint(3) DEFAULT NULL,
  `BPMAP` smallint(3) DEFAULT NULL,
  `HR` smallint(3) DEFAULT NULL,
  `SpO2` smallint(3) DEFAULT NULL,
  `EtCo2` smallint(3) DEFAULT NULL,
  `Temp` smallint(3) DEFAULT NULL,
  `VSTimeStamp` char(32) DEFAULT NULL,
  `MessageID` varchar(50) DEFAULT NULL,
  `HL7Message` longtext,
  PRIMARY KEY (`AnesthVSDataNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `files` (
  `DocNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Data` longblob NOT NULL,
  `Thumbnail` longblob,
  PRIMARY KEY (`DocNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `instructor` (
  `InstructorNum` int(11) NOT NULL AUTO_INCREMENT,
  `LName` varchar(255) DEFAULT '',
  `FName` varchar(255) DEFAULT '',
  `Suffix` varchar(100) DEFAULT '',
  PRIMARY KEY (`InstructorNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `maparea` (
  `MapAreaNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `Extension` int(11) NOT NULL,
  `XPos` double NOT NULL,
  `YPos` double NOT NULL,
  `Width` double NOT NULL,
  `Height` double NOT NULL,
  `Description` varchar(255) NOT NULL,
  `ItemType` tinyint(4) NOT NULL,
  `MapAreaContainerNum` bigint(20) NOT NULL,
  PRIMARY KEY (`MapAreaNum`),
  KEY `MapAreaContainerNum` (`MapAreaContainerNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `reseller` (
  `ResellerNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `PatNum` bigint(20) NOT NULL,
  `UserName` varchar(255) NOT NULL,
  `ResellerPassword` varchar(255) NOT NULL,
  `BillingType` bigint(20) NOT NULL,
  `VotesAllotted` int(11) NOT NULL,
  `Note` varchar(4000) NOT NULL,
  PRIMARY KEY (`ResellerNum`),
  KEY `PatNum` (`PatNum`),
  KEY `BillingType` (`BillingType`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `resellerservice` (
  `ResellerServiceNum` bigint(20) NOT NULL AUTO_INCREMENT,
  `ResellerNum` bigint(20) NOT NULL,
  `CodeNum` bigint(20) NOT NULL,
  `Fee` double NOT NULL,
  PRIMARY KEY (`ResellerServiceNum`),
  KEY `ResellerNum` (`ResellerNum`),
  KEY `CodeNum` (`CodeNum`)
) ENGINE=MyISAM DEFAULT CHARSET=utf8;

CREATE TABLE `tempinsplan_bak_20200424` ENGINE=MyISAM SELECT * FROM `insplan`;
